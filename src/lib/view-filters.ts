import type { DayRange } from "./date-range.ts";
import { formatDay } from "./format.ts";
import type { FilterDef, ViewState } from "./view-state.ts";
import { NOT_SET, OTHER_KEY } from "./grouped-series.ts";

// Shared by the subscriptions and Azure usage pages: drill-down writes filters, empty states read them.

/** The view with `value` added to the list filter `param` (drill-down: clicking a bar narrows to it). */
export function withFilterValue(view: ViewState, param: string, value: string): ViewState {
  const current = view.filters[param];
  const list = Array.isArray(current) ? current : [];
  if (list.includes(value)) return view;
  return { ...view, filters: { ...view.filters, [param]: [...list, value] } };
}

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

/** "No subscriptions were created between 1 Jan 2026 and 31 Mar 2026 with the current filters." */
export function emptyMessage(sentence: string, when: string, view: ViewState): string {
  return `${sentence} ${when}${hasPageFilters(view) ? " with the current filters" : ""}.`;
}

/** What a card needs to narrow the page to a clicked value. */
export interface Drill {
  can: (param: string, value: string) => boolean;
  to: (param: string, value: string) => void;
}

export function drillFor(
  defs: readonly FilterDef[],
  view: ViewState,
  setView: (next: ViewState) => void,
): Drill {
  const can = (param: string, value: string) =>
    value !== OTHER_KEY &&
    value !== NOT_SET &&
    canFilterBy(
      defs.find((def) => def.param === param),
      value,
    );
  return { can, to: (param, value) => can(param, value) && setView(withFilterValue(view, param, value)) };
}
