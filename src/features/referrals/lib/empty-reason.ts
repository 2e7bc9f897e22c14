import type { DayRange } from "../../../lib/date-range.ts";
import { formatDayRange } from "../../../lib/format.ts";
import type { ViewState } from "../../../lib/view-state.ts";

const isSet = (value: ViewState["filters"][string]) =>
  Array.isArray(value) ? value.length > 0 : value !== undefined && value !== "";

/** Why a card has nothing to draw, in the user's terms: the period, and the filters if any are set. */
export function emptyReason(view: ViewState, range: DayRange, what = "No referrals were created"): string {
  const filtered = Object.values(view.filters).some(isSet);
  return `${what} between ${formatDayRange(range).replace(" – ", " and ")}${filtered ? " that match the filters" : ""}.`;
}
