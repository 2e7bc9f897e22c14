import type { DayRange } from "./date-range.ts";
import { formatDay } from "./format.ts";
import {
  hasValue,
  type FilterDef,
  type FilterShape,
  type FilterValueOf,
  type ListFilter,
  type ViewState,
} from "./view-state.ts";
import { isValueKey } from "./grouped-series.ts";

// Drill-downs write filters, empty states read them: the same on every page.

/** The list parameters of a page's filters. */
export type ListParam<S extends FilterShape> = {
  [K in keyof S]: S[K] extends ListFilter ? K : never;
}[keyof S];

/** The view with the list `param` replaced by exactly `values` (or cleared when empty). */
export function withFilterValues<S extends FilterShape, K extends ListParam<S>>(
  view: ViewState<S>,
  param: K,
  values: FilterValueOf<S[K]> & readonly string[],
): ViewState<S> {
  return { ...view, filters: { ...view.filters, [param]: values.length ? values : undefined } };
}

/** Whether a drill-down may write this value: a closed list (status) only takes its documented values. */
export function canFilterBy(def: FilterDef | undefined, value: string): boolean {
  if (def === undefined || def.kind === "flag") return false;
  return def.kind === "text" || def.values === undefined || def.values.includes(value);
}

export function hasPageFilters(view: ViewState): boolean {
  return Object.values(view.filters).some(hasValue);
}

export const between = (range: DayRange) => `between ${formatDay(range.from)} and ${formatDay(range.to)}`;

/**
 * Why a card is empty, in the user's terms: "No subscriptions were created between Jan 1, 2026 and Mar 31, 2026
 * with the current filters." `when` is left out for a snapshot, which has no period.
 */
export function emptyMessage(sentence: string, when: string | null, view: ViewState): string {
  return `${sentence}${when ? ` ${when}` : ""}${hasPageFilters(view) ? " with the current filters" : ""}.`;
}

/**
 * What a card needs to narrow the page to a clicked value. Cards name the API field they group by, which is the
 * URL parameter when the page filters by it.
 */
export interface Drill {
  can: (param: string, value: string) => boolean;
  to: (param: string, value: string) => void;
  /** A bar list's props for drilling through `param`. */
  on: (param: string) => { onSelect: (key: string) => void; canSelect: (key: string) => boolean };
}

/** The view narrowed to one value of a filter, replacing what it held: the chip takes it off again. */
export function narrowedTo<S extends FilterShape>(
  view: ViewState<S>,
  schema: S,
  param: keyof S & string,
  value: string,
): ViewState<S> {
  const def = schema[param];
  if (!def || !canFilterBy(def, value)) return view;
  return { ...view, filters: { ...view.filters, [param]: def.kind === "text" ? value.trim() : [value] } };
}

// One Drill per page schema and setView (which stays the same function while the URL changes), so its handlers
// keep their identity across renders and a chart memoised on its props is not redrawn for a new callback.
const drills = new WeakMap<object, WeakMap<object, Drill>>();

export function drillFor<S extends FilterShape>(
  schema: S,
  setView: (next: (latest: ViewState<S>) => ViewState<S>) => void,
): Drill {
  const bySchema = drills.get(setView) ?? new WeakMap<object, Drill>();
  drills.set(setView, bySchema);
  const known = bySchema.get(schema);
  if (known) return known;
  const defOf = (param: string) => (Object.hasOwn(schema, param) ? schema[param] : undefined);
  const can = (param: string, value: string) => isValueKey(value) && canFilterBy(defOf(param), value);
  const to = (param: string, value: string) => {
    // The latest view, not the one the cards were drawn from: a page body renders a deferred copy of the state.
    if (can(param, value)) setView((latest) => narrowedTo(latest, schema, param, value));
  };
  const handlers = new Map<string, ReturnType<Drill["on"]>>();
  const drill: Drill = {
    can,
    to,
    on: (param) => {
      let on = handlers.get(param);
      if (!on) {
        on = { onSelect: (key) => to(param, key), canSelect: (key) => can(param, key) };
        handlers.set(param, on);
      }
      return on;
    },
  };
  bySchema.set(schema, drill);
  return drill;
}
