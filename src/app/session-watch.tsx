import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import { PartnerCenterError } from "../api/errors.ts";
import { SignInScreen } from "../auth/sign-in-screen.tsx";

/**
 * When Partner Center refuses the token even after a refresh, or the identity provider needs the user again,
 * the whole app turns into the sign-in screen with the reason, instead of every card showing an error.
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
  const [expired, setExpired] = useState(false);
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        const error = event.query.state.error;
        if (error instanceof PartnerCenterError && error.kind === "unauthorized") setExpired(true);
      }),
    [queryClient],
  );
  if (expired)
    return (
      <SignInScreen
        scopes={scopes}
        demo={demo}
        notice="Your session has ended or Partner Center no longer accepts it. Sign in again to continue where you were."
      />
    );
  return <>{children}</>;
}
