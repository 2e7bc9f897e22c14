import { useIsFetching } from "@tanstack/react-query";
import { ANALYTICS_KEY } from "../api/queries.ts";

/**
 * While new numbers are being fetched the cards keep showing the previous ones (no skeleton flash); this says so,
 * so nobody reads or copies a number of the old view as the new one. The live region stays mounted so screen
 * readers hear "Updating…" appear.
 */
export function UpdatingNotice() {
  const updating = useIsFetching({ queryKey: ANALYTICS_KEY }) > 0;
  return (
    <span
      role="status"
      data-updating={updating || undefined}
      className="self-center text-sm text-slate-600 dark:text-slate-400"
    >
      {updating ? "Updating…" : ""}
    </span>
  );
}
