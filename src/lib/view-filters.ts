import type { DayRange } from "./date-range.ts";
import { formatDay } from "./format.ts";
import type { FilterDef, ViewState } from "./view-state.ts";
import { isValueKey } from "./grouped-series.ts";

// Drill-downs write filters, empty states read them: the same on every page.

/** The view with `param` replaced by exactly `values` (or removed when empty). */
export function withFilterValues(view: ViewState, param: string, values: readonly string[]): ViewState {
  const filters = { ...view.filters };
  if (values.length) filters[param] = values;
  else delete filters[param];
  return { ...view, filters };
}

export function listFilter(view: ViewState, param: string): readonly string[] {
  const value = view.filters[param];
  return Array.isArray(value) ? value : [];
}

/** Whether a drill-down may write this value: a closed list (status) only takes its documented values. */
export function canFilterBy(def: FilterDef | undefined, value: string): boolean {
  return def !== undefined && (def.values === undefined || def.values.includes(value));
}

export function hasPageFilters(view: ViewState): boolean {
  return Object.values(view.filters).some((value) =>
    Array.isArray(value) ? value.length > 0 : value !== "",
  );
}

export const between = (range: DayRange) => `between ${formatDay(range.from)} and ${formatDay(range.to)}`;

/**
 * Why a card is empty, in the user's terms: "No subscriptions were created between Jan 1, 2026 and Mar 31, 2026
 * with the current filters." `when` is left out for a snapshot, which has no period.
 */
export function emptyMessage(sentence: string, when: string | null, view: ViewState): string {
  return `${sentence}${when ? ` ${when}` : ""}${hasPageFilters(view) ? " with the current filters" : ""}.`;
}

/** What a card needs to narrow the page to a clicked value. */
export interface Drill {
  can: (param: string, value: string) => boolean;
  to: (param: string, value: string) => void;
  /** A bar list's props for drilling through `param`. */
  on: (param: string) => { onSelect: (key: string) => void; canSelect: (key: string) => boolean };
}

/** The view narrowed to one value of a filter, replacing what it held: the chip takes it off again. */
export function narrowedTo(view: ViewState, def: FilterDef, value: string): ViewState {
  return { ...view, filters: { ...view.filters, [def.param]: def.kind === "text" ? value.trim() : [value] } };
}

export function drillFor(
  defs: readonly FilterDef[],
  view: ViewState,
  setView: (next: ViewState) => void,
): Drill {
  const defOf = (param: string) => defs.find((def) => def.param === param);
  const can = (param: string, value: string) => isValueKey(value) && canFilterBy(defOf(param), value);
  const to = (param: string, value: string) => {
    const def = defOf(param);
    if (def && can(param, value)) setView(narrowedTo(view, def, value));
  };
  return {
    can,
    to,
    on: (param) => ({ onSelect: (key) => to(param, key), canSelect: (key) => can(param, key) }),
  };
}
