import type { Filter } from "../../api/filter.ts";
import type { GroupedQuery } from "../../api/query.ts";
import { dateRangeFilter, viewFilter } from "../../lib/api-filters.ts";
import type { DayRange, Grain } from "../../lib/date-range.ts";
import { searchFilters, type SearchView } from "./search-params.ts";

type SearchQuery = GroupedQuery<"search">;
export type FacetField =
  "keywordSearchText" | "keywordIndustryFocus" | "keywordProduct" | "keywordCountry" | "partnerMarket";

/** Search appearances in the range that match the page's filters. */
export function searchFilter(view: SearchView, range: DayRange): Filter<"search"> | undefined {
  return viewFilter("search", searchFilters, view.filters, dateRangeFilter("search", "searchDate", range));
}

/** The four measures per bucket; their sums are the period's totals, so KPIs and the funnel read this too. */
export function trendQuery(view: SearchView, range: DayRange, grain: Grain): SearchQuery {
  return { filter: searchFilter(view, range), groupby: ["searchDate"], aggregationLevel: grain };
}

/**
 * The measures per value of one keyword field. Every group is read and ranked here: ordering is not documented
 * for the search resource, and the server already caps the number of buckets.
 */
export function facetQuery(view: SearchView, range: DayRange, field: FacetField): SearchQuery {
  return { filter: searchFilter(view, range), groupby: [field] };
}
