import { useMsal } from "@azure/msal-react";
import { useState } from "react";
import { describeAuthError } from "./auth-errors.ts";
import { Button } from "../components/ui/button.tsx";

/** Partner Center's answer (401, code 900421) to a token whose sign-in did not use multi-factor authentication. */
export const MFA_REQUIRED_CODE = "900421";

/**
 * What to do when Partner Center refuses a sign-in without MFA. Signing in again the same way would be refused
 * again (and a silent sign-in would loop), so the screen explains the fix and offers only to sign out, after which
 * the identity provider asks for the second factor once the account or the tenant's policy requires it.
 */
export function MfaRequiredScreen() {
  const { instance } = useMsal();
  const account = instance.getActiveAccount();
  const [error, setError] = useState<string | null>(null);
  const signOut = () =>
    instance
      .logoutRedirect({ account, idTokenHint: account?.idToken })
      .catch((e: unknown) => setError(describeAuthError(e)));
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-5 p-8">
      <h1 className="text-2xl font-bold">Your sign-in did not use multi-factor authentication</h1>
      <p role="alert" data-session-problem="mfa" className="text-slate-800 dark:text-slate-200">
        Partner Center accepts only sign-ins made with multi-factor authentication (MFA), and refused this one
        {account ? ` (${account.username})` : ""} with error 900421. Signing in again the same way will not
        help.
      </p>
      <div>
        <h2 className="font-semibold">What to do</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-slate-800 dark:text-slate-200">
          <li>
            Set up a second factor for your work account (for example the Microsoft Authenticator app) at{" "}
            <a className="underline" href="https://aka.ms/mfasetup" rel="noreferrer" target="_blank">
              aka.ms/mfasetup
            </a>
            , or ask your administrator to require MFA for your account or this app (security defaults or a
            Conditional Access policy).
          </li>
          <li>Sign out below, then sign in again and complete the second-factor prompt.</li>
        </ol>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-200">
          {error}
        </p>
      )}
      <div>
        <Button look="primary" size="lg" onClick={signOut}>
          Sign out
        </Button>
      </div>
    </main>
  );
}
