import type { Filter } from "../../api/filter.ts";
import type { GroupedQuery } from "../../api/query.ts";
import { dateRangeFilter, viewFilter } from "../../lib/api-filters.ts";
import { effectiveGrain, rangeLengthDays, type DayRange, type Grain } from "../../lib/date-range.ts";
import type { ViewState } from "../../lib/view-state.ts";
import { searchSchema } from "./search-params.ts";

type SearchQuery = GroupedQuery<"search">;
export type FacetField =
  "keywordSearchText" | "keywordIndustryFocus" | "keywordProduct" | "keywordCountry" | "partnerMarket";

/** Search appearances in the range that match the page's filters. */
export function searchFilter(view: ViewState, range: DayRange): Filter<"search"> | undefined {
  return viewFilter(
    "search",
    searchSchema.filters,
    view.filters,
    dateRangeFilter("search", "searchDate", range),
  );
}

/**
 * Searches drop at weekends, so by default the trend is weekly (daily only for a month or less, monthly beyond two
 * years); a grain the user picks is kept, within the 1,000-point limit.
 */
export function trendGrain(view: ViewState, range: DayRange): Grain {
  if (view.grain !== "auto") return effectiveGrain(range, view.grain);
  const days = rangeLengthDays(range);
  return days <= 31 ? "day" : days <= 731 ? "week" : "month";
}

/** The four measures per bucket; their sums are the period's totals, so KPIs and the funnel read this too. */
export function trendQuery(view: ViewState, range: DayRange, grain: Grain): SearchQuery {
  return { filter: searchFilter(view, range), groupby: ["searchDate"], aggregationLevel: grain };
}

/**
 * The measures per value of one keyword field. Every group is read and ranked here: ordering is not documented
 * for the search resource, and the server already caps the number of buckets.
 */
export function facetQuery(view: ViewState, range: DayRange, field: FacetField): SearchQuery {
  return { filter: searchFilter(view, range), groupby: [field] };
}
