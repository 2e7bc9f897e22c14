import { useWaiting } from "../lib/use-waiting.ts";

/** After a few seconds of waiting: what Partner Center is doing (throttled, retrying, slow) and a Cancel. */
export function WaitingNotice({ className = "" }: { className?: string }) {
  const waiting = useWaiting();
  if (!waiting) return null;
  return (
    <div role="status" className={`flex items-center gap-2 text-sm ${className}`}>
      <p>{waiting.text}</p>
      <button
        type="button"
        onClick={waiting.cancel}
        className="rounded-md border border-slate-400 bg-white px-2 py-0.5 text-xs font-semibold dark:border-slate-500 dark:bg-slate-900 print:hidden"
      >
        Cancel
      </button>
    </div>
  );
}
