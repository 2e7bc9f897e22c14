import { filterFor } from "../../api/filter.ts";
import type { GroupedQuery } from "../../api/query.ts";
import { dateRangeFilter, viewFilter } from "../../lib/api-filters.ts";
import type { DayRange } from "../../lib/date-range.ts";
import { subscriptionFilters, type SubscriptionsView } from "./search-params.ts";

// The monthly report's queries that no card of the page asks: by product (who moved most) and by customer (whom
// to call). The rest of the report's subscriptions section reuses queries.ts.

type SubscriptionsQuery = GroupedQuery<"subscriptions">;
const f = filterFor("subscriptions");

/** Subscriptions whose `field` falls in the range, per product. */
export function byProductQuery(
  view: SubscriptionsView,
  range: DayRange,
  field: "creationDate" | "deprovisionedDate",
): SubscriptionsQuery {
  return {
    filter: viewFilter(
      "subscriptions",
      subscriptionFilters,
      view.filters,
      dateRangeFilter("subscriptions", field, range),
    ),
    groupby: ["productName"],
  };
}

/**
 * Commitments ending in the range with auto-renew off, per customer: the subscriptions that lapse unless someone
 * talks to the customer. Deprovisioned ones are gone already; the status is the current one (no history).
 */
export function renewalsOffQuery(view: SubscriptionsView, due: DayRange): SubscriptionsQuery {
  return {
    filter: viewFilter(
      "subscriptions",
      subscriptionFilters,
      view.filters,
      f.ne("status", "DEPROVISIONED"),
      f.eq("autoRenewEnabled", false),
      dateRangeFilter("subscriptions", "commitmentEndDate", due),
    ),
    groupby: ["customerName"],
  };
}
