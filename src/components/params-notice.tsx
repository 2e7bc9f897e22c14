import { useState } from "react";
import type { RejectedParam } from "../lib/view-state.ts";
import { Button } from "./ui/button.tsx";

/** Says which link parameters were ignored, so a broken link never silently shows a different view. */
export function ParamsNotice({ rejected }: { rejected: readonly RejectedParam[] }) {
  const key = rejected.map((r) => `${r.param}=${r.value}`).join("&");
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!rejected.length || dismissed === key) return null;
  return (
    <div
      role="status"
      className="flex items-start justify-between gap-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50"
      data-testid="params-notice"
    >
      <div>
        <p className="font-semibold">Some link parameters were ignored; the defaults are shown instead.</p>
        <ul className="mt-1 list-disc pl-5">
          {rejected.map((r, i) => (
            <li key={i}>
              <code className="font-mono">{r.param}</code>
              {r.value && (
                <>
                  {" "}
                  = <code className="font-mono break-all">{r.value}</code>
                </>
              )}{" "}
              {r.reason}.
            </li>
          ))}
        </ul>
      </div>
      <Button look="quiet" size="icon" onClick={() => setDismissed(key)} aria-label="Dismiss notice">
        ×
      </Button>
    </div>
  );
}
