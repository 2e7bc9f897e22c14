import { filterFor, type Filter } from "../api/filter.ts";
import type { FieldOfKind, FilterField, ResourceName } from "../api/resources.ts";
import { fieldDef } from "../api/resources.ts";
import { dayAfter, type DayRange } from "./date-range.ts";
import type { FilterDef, FilterValue } from "./view-state.ts";

type DateField<R extends ResourceName> = FilterField<R> & FieldOfKind<R, "date">;

/** `field` within the range of whole UTC days: from its first instant up to (not including) the day after. */
export function dateRangeFilter<R extends ResourceName>(
  resource: R,
  field: DateField<R>,
  range: DayRange,
): Filter<R> {
  const f = filterFor(resource);
  return f.and(
    f.ge(field, `${range.from}T00:00:00Z` as never),
    f.lt(field, `${dayAfter(range.to)}T00:00:00Z` as never),
  );
}

/**
 * The page's URL filters as one API filter: a list is an `or` of `eq`s, text is `contains`, a boolean is `eq`.
 * URL parameters are named after the API fields they filter; a parameter the resource cannot filter on
 * (customerMarket on Azure usage, say) is left out rather than sent to fail.
 */
export function viewFilter<R extends ResourceName>(
  resource: R,
  defs: readonly FilterDef[],
  filters: Readonly<Record<string, FilterValue>>,
  ...extra: (Filter<R> | undefined)[]
): Filter<R> | undefined {
  const f = filterFor(resource);
  const parts: Filter<R>[] = [];
  for (const def of defs) {
    const value = filters[def.param];
    const field = def.param as FilterField<R>;
    if (value === undefined || !fieldDef(resource, field)?.filterable) continue;
    if (Array.isArray(value)) {
      if (value.length)
        parts.push(f.or(...(value.map((v) => f.eq(field, v as never)) as [Filter<R>, ...Filter<R>[]])));
    } else if (typeof value === "boolean") parts.push(f.eq(field, value as never));
    else if (value !== "") parts.push(f.contains(field as never, value as string));
  }
  const all = [...parts, ...extra.filter((e): e is Filter<R> => e !== undefined)];
  return all.length ? f.and(all[0]!, ...all.slice(1)) : undefined;
}
