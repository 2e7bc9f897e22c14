import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import { PartnerCenterError } from "../api/errors.ts";
import { MFA_REQUIRED_CODE, MfaRequiredScreen } from "../auth/mfa-required-screen.tsx";
import { SignInScreen } from "../auth/sign-in-screen.tsx";

/**
 * When Partner Center refuses the token even after a refresh, or the identity provider needs the user again,
 * the whole app turns into the sign-in screen with the reason, instead of every card showing an error. A refusal
 * for lack of multi-factor authentication gets its own screen: signing in again the same way cannot fix it.
 */
export function SessionWatch({
  scopes,
  demo,
  children,
}: {
  scopes: string[];
  demo: boolean;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<"expired" | "mfa" | null>(null);
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        const error = event.query.state.error;
        if (!(error instanceof PartnerCenterError) || error.kind !== "unauthorized") return;
        // The MFA refusal wins: an "expired" card elsewhere must not turn it into a sign-in that fails again.
        setProblem((seen) => (error.code === MFA_REQUIRED_CODE ? "mfa" : (seen ?? "expired")));
      }),
    [queryClient],
  );
  if (problem === "mfa") return <MfaRequiredScreen />;
  if (problem === "expired")
    return (
      <SignInScreen
        scopes={scopes}
        demo={demo}
        notice="Your session has ended or Partner Center no longer accepts it. Sign in again to continue where you were."
      />
    );
  return <>{children}</>;
}
