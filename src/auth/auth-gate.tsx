import { InteractionStatus } from "@azure/msal-browser";
import { useIsAuthenticated, useMsal } from "@azure/msal-react";
import type { ReactNode } from "react";
import { SignInScreen } from "./sign-in-screen.tsx";

interface AuthGateProps {
  scopes: string[];
  demo: boolean;
  children: ReactNode;
}

/** Shows the app only to a signed-in user; while MSAL finishes a redirect, a quiet placeholder. */
export function AuthGate({ scopes, demo, children }: AuthGateProps) {
  const { inProgress } = useMsal();
  const signedIn = useIsAuthenticated();
  if (signedIn) return <>{children}</>;
  if (inProgress === InteractionStatus.Startup || inProgress === InteractionStatus.HandleRedirect) {
    return (
      <p role="status" className="p-8 text-slate-600 dark:text-slate-300">
        Signing in…
      </p>
    );
  }
  return <SignInScreen scopes={scopes} demo={demo} />;
}
