import { PartnerCenterError } from "../api/errors.ts";
import type { ReactNode } from "react";
import { WaitingNotice } from "./waiting-notice.tsx";
import { Button } from "./ui/button.tsx";

/**
 * A placeholder of the final size, so nothing jumps when the data arrives; a wait that lasts says what it waits
 * for, with a Cancel, instead of pulsing on in silence.
 */
export function Skeleton({ height, label = "Loading" }: { height: number; label?: string }) {
  return (
    <div style={{ height }} className="relative w-full">
      <div
        role="status"
        aria-label={label}
        className="h-full w-full animate-pulse rounded-md bg-slate-200 dark:bg-slate-800"
      >
        <span className="sr-only">{label}…</span>
      </div>
      <WaitingNotice className="absolute inset-0 flex-wrap justify-center p-4 text-center text-slate-800 dark:text-slate-100" />
    </div>
  );
}

export function EmptyState({ height, children }: { height: number; children: ReactNode }) {
  return (
    <div
      style={{ minHeight: height }}
      className="flex items-center justify-center rounded-md border border-dashed border-slate-300 p-4 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300"
    >
      <p>{children}</p>
    </div>
  );
}

interface ErrorDetails {
  message: string;
  hint?: string;
  correlationId?: string;
  requestId?: string;
}

// A 403 from Partner Center means a missing role, not a broken dashboard: say which access is needed.
const FORBIDDEN_HINT =
  "Your account needs a Partner Center role that can read analytics: Admin agent, Sales agent or Global admin of the partner tenant (for referrals, Referrals admin or Referrals user). Ask your Partner Center administrator to assign one under Account settings → User management, then sign in again.";

const CANCELLED_HINT = "You stopped waiting for Partner Center; nothing is shown for it. Retry asks again.";

function details(error: unknown): ErrorDetails {
  if (error instanceof PartnerCenterError) {
    return {
      message: error.message,
      hint:
        error.kind === "forbidden" ? FORBIDDEN_HINT : error.kind === "aborted" ? CANCELLED_HINT : undefined,
      correlationId: error.correlationId ?? undefined,
      requestId: error.requestId ?? undefined,
    };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/** What failed, the ids support needs to trace it, and a retry. */
export function ErrorPanel({
  error,
  onRetry,
  height,
}: {
  error: unknown;
  onRetry?: () => void;
  height?: number;
}) {
  const { message, hint, correlationId, requestId } = details(error);
  return (
    <div
      role="alert"
      style={height ? { minHeight: height } : undefined}
      className="flex flex-col items-start justify-center gap-2 rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-50"
    >
      <p className="font-semibold">{message}</p>
      {hint && <p>{hint}</p>}
      {correlationId && (
        <p>
          Correlation id: <code className="font-mono text-xs select-all">{correlationId}</code>
          {requestId && (
            <>
              {" "}
              · Request id: <code className="font-mono text-xs select-all">{requestId}</code>
            </>
          )}
        </p>
      )}
      {onRetry && (
        <Button look="danger" onClick={onRetry}>
          Retry
        </Button>
      )}
    </div>
  );
}
