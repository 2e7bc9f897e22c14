import { filterFor, type Filter } from "../../api/filter.ts";
import type { GroupedQuery } from "../../api/query.ts";
import { dateRangeFilter, viewFilter } from "../../lib/api-filters.ts";
import type { DayRange, Grain } from "../../lib/date-range.ts";
import { referralFilters, type ReferralsView } from "./search-params.ts";

type ReferralsQuery = GroupedQuery<"referrals">;
const f = filterFor("referrals");

/** Referrals created in the range that match the page's filters: the cohort every card follows. */
export function cohortFilter(
  view: ReferralsView,
  range: DayRange,
  extra?: Filter<"referrals">,
): Filter<"referrals"> | undefined {
  return viewFilter(
    "referrals",
    referralFilters,
    view.filters,
    dateRangeFilter("referrals", "createdDate", range),
    extra,
  );
}

/**
 * Which milestones each referral reached, by its current status. Only whether a date is set matters; month
 * buckets keep the number of groups near the number of status × path combinations.
 */
export function funnelQuery(view: ReferralsView, range: DayRange): ReferralsQuery {
  return {
    filter: cohortFilter(view, range),
    groupby: ["status", "acknowledgedDate", "acceptedDate", "wonDate"],
    aggregationLevel: "month",
  };
}

/** Creation, acceptance and win days of the referrals that got accepted or won: input to the median delays. */
export function durationQuery(view: ReferralsView, range: DayRange): ReferralsQuery {
  return {
    filter: cohortFilter(view, range, f.or(f.ne("acceptedDate", null), f.ne("wonDate", null))),
    groupby: ["createdDate", "acceptedDate", "wonDate"],
    aggregationLevel: "day",
  };
}

/** Referrals created per bucket. The grain is the main range's, so compared buckets line up one to one. */
export function trendQuery(view: ReferralsView, range: DayRange, grain: Grain): ReferralsQuery {
  return { filter: cohortFilter(view, range), groupby: ["createdDate"], aggregationLevel: grain };
}

export type BreakdownField = "customerMarket" | "customerOrgSize";

export function breakdownQuery(view: ReferralsView, range: DayRange, field: BreakdownField): ReferralsQuery {
  return { filter: cohortFilter(view, range), groupby: [field] };
}
