import { queryOptions } from "@tanstack/react-query";
import type { PartnerCenterClient } from "./client.ts";
import { buildQueryString } from "./query.ts";
import type { GroupedQuery, RowQuery } from "./query.ts";
import { resourceNames } from "./resources.ts";
import type { ResourceName } from "./resources.ts";
import type { WaitBoard } from "./waits.ts";

/** The first element of every Partner Center query key: all of them, e.g. for "is anything updating?". */
export const ANALYTICS_KEY = ["pc"] as const;

function resourceQueries<R extends ResourceName>(client: PartnerCenterClient, waits: WaitBoard, resource: R) {
  return {
    /** Every cached query of this resource, for invalidation. */
    all: () => [...ANALYTICS_KEY, resource] as const,
    /** All groups of a grouped query (every page; charts and KPIs). */
    grouped: (query: GroupedQuery<R>) =>
      queryOptions({
        queryKey: [...ANALYTICS_KEY, resource, "grouped", buildQueryString(resource, query)] as const,
        queryFn: ({ signal }) =>
          waits.track(signal, (tracked, onRetry) =>
            client.readAll(resource, query, { signal: tracked, onRetry }),
          ),
        // Results can be large and are replaced wholesale; comparing them deeply on every fetch buys nothing.
        structuralSharing: false,
      }),
    /** One page of raw rows (grids page with `top`/`skip`). */
    rows: (query: RowQuery<R> = {}) =>
      queryOptions({
        queryKey: [...ANALYTICS_KEY, resource, "rows", buildQueryString(resource, query)] as const,
        queryFn: ({ signal }) =>
          waits.track(signal, (tracked, onRetry) =>
            client.getPage(resource, query, { signal: tracked, onRetry }),
          ),
        structuralSharing: false,
      }),
  };
}

export type ResourceQueries<R extends ResourceName> = ReturnType<typeof resourceQueries<R>>;
export type AnalyticsQueries = { [R in ResourceName]: ResourceQueries<R> };

/**
 * One query factory per resource: `analyticsQueries(client).subscriptions.grouped({ groupby: ["status"] })`.
 * Keys go generic to specific, `["pc", resource, "grouped" | "rows", queryString]`; the query string is
 * canonical (fixed parameter order, encoded), so equal queries share a cache entry. Every query's wait is on
 * `waits` until it answers.
 */
export function analyticsQueries(client: PartnerCenterClient, waits: WaitBoard): AnalyticsQueries {
  return Object.fromEntries(
    resourceNames.map((resource) => [resource, resourceQueries(client, waits, resource)]),
  ) as AnalyticsQueries;
}
