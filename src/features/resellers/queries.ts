import { queryOptions } from "@tanstack/react-query";
import type { PartnerCenterClient } from "../../api/client.ts";
import type { Filter } from "../../api/filter.ts";
import { buildQueryString, type GroupedQuery } from "../../api/query.ts";
import type { AnalyticsQueries } from "../../api/queries.ts";
import { dateRangeFilter, viewFilter } from "../../lib/api-filters.ts";
import type { DayRange, Grain } from "../../lib/date-range.ts";
import { resellerFilters, type ResellersView } from "./search-params.ts";

type ResellersQuery = GroupedQuery<"indirectresellers">;
export type RankMeasure = "subscriptionCount" | "licenseCount";
export const TOP = 10;

/** The page's market filter. Reseller counts are a snapshot (the API keeps no history), so no date range here. */
export function resellersFilter(view: ResellersView): Filter<"indirectresellers"> | undefined {
  return viewFilter("indirectresellers", resellerFilters, view.filters);
}

/** Resellers, subscriptions and licences per market: the by-market card, and summed, the headline totals. */
export function marketQuery(view: ResellersView): ResellersQuery {
  return { filter: resellersFilter(view), groupby: ["market"] };
}

/** Resellers whose first subscription falls in the range; "never" (0001-01-01) is outside every range. */
export function newResellersQuery(view: ResellersView, range: DayRange, grain: Grain): ResellersQuery {
  const firstSale = dateRangeFilter("indirectresellers", "firstSubscriptionCreationDate", range);
  return {
    filter: viewFilter("indirectresellers", resellerFilters, view.filters, firstSale),
    groupby: ["firstSubscriptionCreationDate"],
    aggregationLevel: grain,
  };
}

/** The resellers with the most of a measure; name breaks ties so the list is stable. */
export function topResellersQuery(view: ResellersView, measure: RankMeasure): ResellersQuery {
  return {
    filter: resellersFilter(view),
    groupby: ["id", "name"],
    orderby: [
      [measure, "desc"],
      ["name", "asc"],
    ],
    top: TOP,
  };
}

/**
 * The first page only. The shared `grouped()` reads every page, and with `top=10` that would walk all resellers
 * ten at a time; a top-N needs just the first. Keyed under the resource, so invalidating it reaches this too.
 */
export function firstPageOptions(
  client: PartnerCenterClient,
  queries: AnalyticsQueries,
  query: ResellersQuery,
) {
  return queryOptions({
    queryKey: [
      ...queries.indirectresellers.all(),
      "first-page",
      buildQueryString("indirectresellers", query),
    ] as const,
    queryFn: ({ signal }) => client.getPage("indirectresellers", query, { signal }),
  });
}
