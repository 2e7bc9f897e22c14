import { useIsFetching } from "@tanstack/react-query";
import { ANALYTICS_KEY } from "../api/queries.ts";
import { useWaiting } from "../lib/use-waiting.ts";
import { Button } from "./ui/button.tsx";

/**
 * While new numbers are being fetched the cards keep showing the previous ones (no skeleton flash); this says so,
 * so nobody reads or copies a number of the old view as the new one. A wait that lasts says what it waits for,
 * with a Cancel: cards keeping old numbers show no skeleton to say it. The live region stays mounted so screen
 * readers hear "Updating…" appear.
 */
export function UpdatingNotice() {
  const updating = useIsFetching({ queryKey: ANALYTICS_KEY }) > 0;
  const waiting = useWaiting();
  return (
    <span className="flex items-center gap-2 self-center text-sm text-slate-600 dark:text-slate-400">
      <span role="status" data-updating={updating || undefined}>
        {updating ? (waiting?.text ?? "Updating…") : ""}
      </span>
      {updating && waiting && (
        <Button size="xs" onClick={waiting.cancel}>
          Cancel
        </Button>
      )}
    </span>
  );
}
