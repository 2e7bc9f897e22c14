import { filterFor, type Filter } from "../../api/filter.ts";
import type { GroupedQuery } from "../../api/query.ts";
import { dateRangeFilter, viewFilter } from "../../lib/api-filters.ts";
import type { DayRange, Grain } from "../../lib/date-range.ts";
import { usageFilters, type UsageView } from "./search-params.ts";

// Every chart and KPI of the page is one of these grouped queries, always restricted to one meter unit, and grouped
// by it too: the cards add only rows of that unit (lib/units.ts rowsOfUnit), whatever the upstream honours.

type UsageQuery = GroupedQuery<"usage/azure">;
type Usage = Filter<"usage/azure">;
const f = filterFor("usage/azure");

const inRange = (range: DayRange) => dateRangeFilter("usage/azure", "usageDate", range);

/** The page filters, the range and exactly one unit (the URL may list several; the unit picker chose one). */
export function usageFilter(view: UsageView, range: DayRange, unit: string): Usage | undefined {
  const filters = { ...view.filters, meterUnit: undefined };
  return viewFilter("usage/azure", usageFilters, filters, f.eq("meterUnit", unit), inRange(range));
}

/** Drill-down: once a category is chosen the trend splits it by subcategory. */
export function trendField(view: UsageView): "meterCategory" | "meterSubcategory" {
  return view.filters.meterCategory?.length ? "meterSubcategory" : "meterCategory";
}

export function categoryTrendQuery(view: UsageView, range: DayRange, grain: Grain, unit: string): UsageQuery {
  return {
    filter: usageFilter(view, range, unit),
    groupby: [trendField(view), "meterUnit", "usageDate"],
    aggregationLevel: grain,
  };
}

export type RankField = "meterCategory" | "resourceLocation" | "customerName" | "subscriptionId";
/** Subscriptions are ranked by id (names repeat across customers) and carry their name and customer for labels. */
const RANK_GROUPS = {
  meterCategory: ["meterCategory", "meterUnit"],
  resourceLocation: ["resourceLocation", "meterUnit"],
  customerName: ["customerName", "meterUnit"],
  subscriptionId: ["subscriptionId", "subscriptionName", "customerName", "meterUnit"],
} as const satisfies Record<RankField, UsageQuery["groupby"]>;

/** Total quantity per value of one field over the range, in one unit. */
export function rankQuery(view: UsageView, range: DayRange, unit: string, by: RankField): UsageQuery {
  return { filter: usageFilter(view, range, unit), groupby: RANK_GROUPS[by] };
}

const withoutMeters = (view: UsageView) => ({
  ...view.filters,
  meterCategory: undefined,
  meterSubcategory: undefined,
  meterUnit: undefined,
});

/**
 * Units, categories and subcategories in use for the range, customer and location (not the meter filters, so
 * every meter stays on offer): the unit picker's options and the meter filters' suggestions.
 */
export function meterFacetQuery(view: UsageView, range: DayRange): UsageQuery {
  return {
    filter: viewFilter("usage/azure", usageFilters, withoutMeters(view), inRange(range)),
    groupby: ["meterUnit", "meterCategory", "meterSubcategory"],
  };
}

/** Customers and locations with usage in the range: suggestions for those filters. */
export function customerFacetQuery(range: DayRange): UsageQuery {
  return { filter: inRange(range), groupby: ["customerName", "resourceLocation"] };
}

/** The grid shows the rows behind the charts: one unit once it is known, every listed unit before. */
export function gridFilter(view: UsageView, range: DayRange, unit: string | null): Usage | undefined {
  return unit
    ? usageFilter(view, range, unit)
    : viewFilter("usage/azure", usageFilters, view.filters, inRange(range));
}
