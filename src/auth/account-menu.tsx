import { useMsal } from "@azure/msal-react";
import { useId, useState } from "react";
import { describeAuthError } from "./auth-errors.ts";
import { Button } from "../components/ui/button.tsx";

export function AccountMenu() {
  const { instance } = useMsal();
  const account = instance.getActiveAccount();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const panelId = useId();
  if (!account) return null;

  const signOut = () =>
    // idTokenHint lets a standards OpenID Connect provider honour the post-logout redirect.
    instance
      .logoutRedirect({ account, idTokenHint: account.idToken })
      .catch((e: unknown) => setError(describeAuthError(e)));

  return (
    <div className="relative print:hidden">
      <Button
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
      >
        {account.name ?? account.username}
      </Button>
      {open && (
        <div
          id={panelId}
          className="absolute right-0 z-20 mt-2 w-72 rounded-md border border-slate-300 bg-white p-4 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900"
        >
          <dl className="space-y-1">
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Name</dt>
              <dd className="font-medium">{account.name ?? "—"}</dd>
            </div>
            <div>
              <dt className="text-slate-600 dark:text-slate-400">User name</dt>
              <dd className="font-medium break-all">{account.username}</dd>
            </div>
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Tenant</dt>
              <dd className="font-mono text-xs break-all">{account.tenantId}</dd>
            </div>
          </dl>
          {error && (
            <p role="alert" className="mt-2 text-red-700 dark:text-red-300">
              {error}
            </p>
          )}
          <Button look="primary" onClick={signOut} className="mt-3 w-full">
            Sign out
          </Button>
        </div>
      )}
    </div>
  );
}
