import type { GroupedQuery } from "../../api/query.ts";
import { dateRangeFilter, viewFilter } from "../../lib/api-filters.ts";
import type { DayRange } from "../../lib/date-range.ts";
import type { ReportView } from "../../lib/report-section.ts";
import { defineFilters, list } from "../../lib/view-state.ts";

// What the indirect resellers resource cannot say: it is a snapshot per reseller, with no history of counts. The
// subscriptions resource names the reseller who sold each subscription (partnerName; the partner itself, also
// the providerName, on direct sales), so a month's activity per reseller is counted there.

const sellerFilters = defineFilters({ customerMarket: list("Market") });

/** Subscriptions whose `field` falls in the range, per seller. */
export function resellerActivityQuery(
  view: ReportView,
  range: DayRange,
  field: "creationDate" | "deprovisionedDate",
): GroupedQuery<"subscriptions"> {
  return {
    filter: viewFilter(
      "subscriptions",
      sellerFilters,
      view.filters,
      dateRangeFilter("subscriptions", field, range),
    ),
    groupby: ["partnerName", "providerName"],
  };
}
