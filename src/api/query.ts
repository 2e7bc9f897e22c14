import { InvalidQueryError } from "./errors.ts";
import type { InvalidQueryProblem } from "./errors.ts";
import type { Filter } from "./filter.ts";
import { fieldDef, isMeasure } from "./resources.ts";
import type { GroupField, OrderField, ResourceName } from "./resources.ts";

export type AggregationLevel = "day" | "week" | "month";
export type SortDirection = "asc" | "desc";
export const maxTop = 10_000;

export interface AnalyticsQuery<R extends ResourceName> {
  filter?: Filter<R>;
  groupby?: readonly GroupField<R>[];
  /** Needs `groupby`; applies to every date field in it. */
  aggregationLevel?: AggregationLevel;
  orderby?: readonly (readonly [OrderField<R>, SortDirection])[];
  /** 1..10000; the API's default (and maximum) is 10000. */
  top?: number;
  skip?: number;
}

/** A query for raw rows: no grouping. */
export type RowQuery<R extends ResourceName> = AnalyticsQuery<R> & {
  groupby?: undefined;
  aggregationLevel?: undefined;
};

/** A query for grouped rows (groupby fields + measures). */
export type GroupedQuery<R extends ResourceName> = AnalyticsQuery<R> & {
  groupby: readonly [GroupField<R>, ...GroupField<R>[]];
};

export function isGrouped(query: { groupby?: readonly unknown[] }): boolean {
  return (query.groupby?.length ?? 0) > 0;
}

/**
 * The query string (without `?`) for a query. Parameters always come in the same order and every value
 * is percent-encoded, so equal queries give equal strings: usable as links and as query-cache keys.
 * Throws InvalidQueryError for a query the API would reject or misread.
 */
export function buildQueryString<R extends ResourceName>(
  resource: R,
  query: AnalyticsQuery<NoInfer<R>>,
): string {
  const fail = (problem: InvalidQueryProblem, detail: string) =>
    new InvalidQueryError(resource, problem, detail);
  const { filter, aggregationLevel, top, skip } = query;
  const groupby = query.groupby ?? [];
  const orderby = query.orderby ?? [];

  if (filter && filter.resource !== resource) {
    throw fail("resource-mismatch", `the filter was built for ${filter.resource}`);
  }
  for (const field of groupby) {
    if (!fieldDef(resource, field)?.groupable)
      throw fail("unknown-field", `${field} cannot be used in groupby`);
  }
  if (aggregationLevel !== undefined) {
    if (groupby.length === 0) throw fail("aggregation-without-groupby", "aggregationLevel needs a groupby");
    if (!["day", "week", "month"].includes(aggregationLevel)) {
      throw fail("invalid-value", `aggregationLevel must be day, week or month (got ${aggregationLevel})`);
    }
  }
  for (const [field, direction] of orderby) {
    if (!fieldDef(resource, field)?.groupable && !isMeasure(resource, field)) {
      throw fail("unknown-field", `${field} cannot be used in orderby`);
    }
    if (direction !== "asc" && direction !== "desc") {
      throw fail("invalid-value", `orderby direction must be asc or desc (got ${String(direction)})`);
    }
  }
  if (top !== undefined && !(Number.isInteger(top) && top >= 1 && top <= maxTop)) {
    throw fail("invalid-top", `top must be a whole number from 1 to ${maxTop} (got ${top})`);
  }
  if (skip !== undefined && !(Number.isInteger(skip) && skip >= 0)) {
    throw fail("invalid-skip", `skip must be a whole number of at least 0 (got ${skip})`);
  }

  const params: [string, string | undefined][] = [
    ["filter", filter?.expression],
    ["groupby", groupby.length ? groupby.join(",") : undefined],
    ["aggregationLevel", aggregationLevel],
    [
      "orderby",
      orderby.length ? orderby.map(([field, direction]) => `${field} ${direction}`).join(",") : undefined,
    ],
    ["top", top?.toString()],
    ["skip", skip?.toString()],
  ];
  return params
    .flatMap(([name, value]) => (value === undefined ? [] : [`${name}=${encodeURIComponent(value)}`]))
    .join("&");
}
