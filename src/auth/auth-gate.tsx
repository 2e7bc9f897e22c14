import { InteractionStatus } from "@azure/msal-browser";
import { useIsAuthenticated, useMsal } from "@azure/msal-react";
import type { ReactNode } from "react";
import { SignInScreen } from "./sign-in-screen.tsx";

interface AuthGateProps {
  scopes: string[];
  demo: boolean;
  /**
   * MSAL was initialised before the first render with an account in its cache (main.tsx). msal-react still starts
   * in "startup" with no accounts and learns of them only after an effect and an async redirect check: gating on
   * that alone drew "Signing in…" first and the page a commit later, about 200 ms after MSAL was ready.
   */
  startedSignedIn: boolean;
  children: ReactNode;
}

/** Shows the app only to a signed-in user; while MSAL finishes a redirect, a quiet placeholder. */
export function AuthGate({ scopes, demo, startedSignedIn, children }: AuthGateProps) {
  const { inProgress } = useMsal();
  const signedIn = useIsAuthenticated();
  const starting =
    inProgress === InteractionStatus.Startup || inProgress === InteractionStatus.HandleRedirect;
  if (signedIn || (startedSignedIn && starting)) return <>{children}</>;
  if (starting) {
    return (
      <p role="status" className="p-8 text-slate-600 dark:text-slate-300">
        Signing in…
      </p>
    );
  }
  return <SignInScreen scopes={scopes} demo={demo} />;
}
