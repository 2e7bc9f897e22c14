import { InteractionStatus } from "@azure/msal-browser";
import { useMsal } from "@azure/msal-react";
import { useState } from "react";
import { describeAuthError } from "./auth-errors.ts";
import { Button } from "../components/ui/button.tsx";

interface SignInScreenProps {
  scopes: string[];
  demo: boolean;
  /** Shown when the app sent the user back here, e.g. after the identity provider forgot the session. */
  notice?: string;
}

export function SignInScreen({ scopes, demo, notice }: SignInScreenProps) {
  const { instance, inProgress } = useMsal();
  const [error, setError] = useState<string | null>(null);
  const busy = inProgress !== InteractionStatus.None;

  const signIn = () => {
    setError(null);
    // redirectStartPage: a shared, filtered link opened while signed out lands on exactly that link.
    instance
      .loginRedirect({ scopes, redirectStartPage: window.location.href })
      .catch((e: unknown) => setError(describeAuthError(e)));
  };

  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-6 p-8">
      <div>
        <p className="text-sm font-semibold tracking-wide text-blue-700 uppercase dark:text-blue-300">
          Partner Center Analytics
        </p>
        <h1 className="mt-2 text-3xl font-bold">
          Your customers, subscriptions, Azure usage and referrals in one place
        </h1>
      </div>
      <p className="text-slate-700 dark:text-slate-300">
        Sign in with your <strong>work account in your Partner Center tenant</strong> (a Cloud Solution
        Provider, indirect provider or reseller organisation). Your account needs a Partner Center role that
        can read analytics, such as Admin agent or Sales agent; personal Microsoft accounts cannot sign in.
      </p>
      {demo && (
        <p className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          Demo mode: you sign in on the built-in identity provider with any user name, and see a generated
          demo tenant.
        </p>
      )}
      {notice && (
        <p role="status" data-session-problem="" className="rounded-md border border-slate-300 p-3 text-sm">
          {notice}
        </p>
      )}
      {error && (
        <p
          role="alert"
          className="rounded-md border border-red-400 bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          {error}
        </p>
      )}
      <div>
        <Button look="primary" size="lg" onClick={signIn} disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </Button>
      </div>
    </main>
  );
}
