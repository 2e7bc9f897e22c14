import { useWaiting } from "../lib/use-waiting.ts";
import { Button } from "./ui/button.tsx";

/** After a few seconds of waiting: what Partner Center is doing (throttled, retrying, slow) and a Cancel. */
export function WaitingNotice({ className = "" }: { className?: string }) {
  const waiting = useWaiting();
  if (!waiting) return null;
  return (
    <div role="status" className={`flex items-center gap-2 text-sm ${className}`}>
      <p>{waiting.text}</p>
      <Button size="xs" onClick={waiting.cancel}>
        Cancel
      </Button>
    </div>
  );
}
