import { filterFor, type Filter, type FilterValue } from "../api/filter.ts";
import type { FieldOfKind, FilterField, ResourceName } from "../api/resources.ts";
import { dayAfter, type DayRange } from "./date-range.ts";
import {
  filterEntries,
  type FilterShape,
  type Filters,
  type FlagFilter,
  type ListFilter,
  type TextFilter,
} from "./view-state.ts";

export type DateField<R extends ResourceName> = FilterField<R> & FieldOfKind<R, "date">;
export type TextField<R extends ResourceName> = FilterField<R> & FieldOfKind<R, "string">;

/**
 * The filter builder with its field and value types widened to what a page's schema holds. Its signatures tie each
 * value to its field's type, which TypeScript cannot check for a resource `R` that is itself a type parameter, so
 * the generic helpers below go through this, the one cast of the URL-to-API boundary. What makes it safe: date
 * fields get ISO strings, and `viewFilter` only accepts a schema whose keys are `R`'s fields of the matching kind
 * (SchemaFor). filterFor still checks every field and value at run time.
 */
interface Untyped<R extends ResourceName> {
  eq: (field: string, value: string | boolean) => Filter<R>;
  ge: (field: string, value: string) => Filter<R>;
  lt: (field: string, value: string) => Filter<R>;
  contains: (field: string, value: string) => Filter<R>;
  or: (first: Filter<R>, ...rest: Filter<R>[]) => Filter<R>;
  and: (first: Filter<R>, ...rest: Filter<R>[]) => Filter<R>;
}
const untyped = <R extends ResourceName>(resource: R) => filterFor(resource) as unknown as Untyped<R>;

/** `field` within the range of whole UTC days: from its first instant up to (not including) the day after. */
export function dateRangeFilter<R extends ResourceName>(
  resource: R,
  field: DateField<R>,
  range: DayRange,
): Filter<R> {
  const f = untyped(resource);
  return f.and(f.ge(field, `${range.from}T00:00:00Z`), f.lt(field, `${dayAfter(range.to)}T00:00:00Z`));
}

/** `field` equal to any of `values` (an `or` of `eq`s), or no filter for no values. */
export function anyOf<R extends ResourceName>(
  resource: R,
  field: TextField<R>,
  values: readonly string[],
): Filter<R> | undefined {
  return eqAny(untyped(resource), field, values);
}

function eqAny<R extends ResourceName>(f: Untyped<R>, field: string, values: readonly string[]) {
  const [first, ...rest] = values.map((value) => f.eq(field, value));
  return first && f.or(first, ...rest);
}

/** Every given filter (`and`), or none. */
export function allOf<R extends ResourceName>(
  resource: R,
  ...parts: (Filter<R> | undefined)[]
): Filter<R> | undefined {
  const [first, ...rest] = parts.filter((part): part is Filter<R> => part !== undefined);
  return first && untyped(resource).and(first, ...rest);
}

/** Whether a URL filter `D` can be sent as field `K` of resource `R`: lists as `eq`, text as `contains`, flags as boolean `eq`. */
type Fits<R extends ResourceName, K, D> =
  K extends FilterField<R>
    ? D extends ListFilter<infer V>
      ? [V] extends [FilterValue<R, K>]
        ? D
        : never
      : D extends TextFilter
        ? K extends FieldOfKind<R, "string">
          ? D
          : never
        : D extends FlagFilter
          ? K extends FieldOfKind<R, "boolean">
            ? D
            : never
          : never
    : never;

/**
 * A schema the resource can take: every key is a filterable field of `R` whose kind fits the filter, or is marked
 * `notSent` (kept in the URL only). A key that fits nothing becomes `never`, so the call does not compile.
 */
export type SchemaFor<R extends ResourceName, S extends FilterShape> = {
  [K in keyof S]: S[K] extends { sent: false } ? S[K] : Fits<R, K, S[K]>;
};

/**
 * The page's URL filters as one API filter: a list is an `or` of `eq`s, text is `contains`, a flag is `eq`.
 * URL parameters are named after the API fields they filter; a `notSent` one (customerMarket on Azure usage) is
 * left out rather than sent to fail.
 */
export function viewFilter<R extends ResourceName, S extends FilterShape>(
  resource: R,
  schema: S & SchemaFor<R, S>,
  filters: Filters<NoInfer<S>>,
  ...extra: (Filter<R> | undefined)[]
): Filter<R> | undefined {
  const f = untyped(resource);
  const parts: (Filter<R> | undefined)[] = [];
  for (const entry of filterEntries(schema, filters)) {
    if (entry.value === undefined || entry.def.sent === false) continue;
    if (entry.kind === "list") parts.push(eqAny(f, entry.param, entry.value));
    else if (entry.kind === "flag") parts.push(f.eq(entry.param, entry.value));
    else if (entry.value !== "") parts.push(f.contains(entry.param, entry.value));
  }
  return allOf(resource, ...parts, ...extra);
}
