import type { ReactNode } from "react";
import { PartnerCenterError } from "../../api/errors.ts";
import { Button } from "../ui/button.tsx";

interface FailureNoticeProps {
  /** What failed, which rows, and why. */
  heading: string;
  error: unknown;
  /** Resume, Retry: what the user can do about it. */
  action: string;
  onAction: () => void;
  children?: ReactNode;
}

/** A failed load or export: what happened, the ids support needs to trace it, and the way on. */
export function FailureNotice({ heading, error, action, onAction, children }: FailureNoticeProps) {
  const api = error instanceof PartnerCenterError ? error : null;
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-3 rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-50"
    >
      <div className="flex-1 space-y-1">
        <p className="font-semibold">{heading}</p>
        {children}
        {api?.correlationId && (
          <p>
            Correlation id: <code className="font-mono text-xs select-all">{api.correlationId}</code>
            {api.requestId && (
              <>
                {" "}
                · Request id: <code className="font-mono text-xs select-all">{api.requestId}</code>
              </>
            )}
          </p>
        )}
      </div>
      <Button look="danger" onClick={onAction}>
        {action}
      </Button>
    </div>
  );
}
