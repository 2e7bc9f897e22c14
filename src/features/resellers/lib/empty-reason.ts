import type { DayRange } from "../../../lib/date-range.ts";
import { formatDayRange } from "../../../lib/format.ts";
import type { ViewState } from "../../../lib/view-state.ts";

const filtered = (view: ViewState) => {
  const markets = view.filters.market;
  return Array.isArray(markets) && markets.length > 0;
};

/** Why a snapshot card is empty: there are no resellers at all, or none in the chosen markets. */
export function noResellers(view: ViewState): string {
  return filtered(view)
    ? "No indirect resellers are in the chosen markets."
    : "No indirect resellers are linked to your partner account yet.";
}

/** Why the new-resellers card is empty: nobody made a first sale in the period (in the chosen markets). */
export function noNewResellers(view: ViewState, range: DayRange): string {
  const markets = filtered(view) ? " in the chosen markets" : "";
  return `No reseller${markets} sold its first subscription between ${formatDayRange(range).replace(" – ", " and ")}.`;
}
