import { filterFor, type Filter } from "../../api/filter.ts";
import type { GroupedQuery } from "../../api/query.ts";
import { dateRangeFilter, viewFilter } from "../../lib/api-filters.ts";
import { dayAfter, type DayRange, type Grain } from "../../lib/date-range.ts";
import { RENEWAL_WINDOWS, windowEnd } from "./lib/renewal-windows.ts";
import { subscriptionFilters, type SubscriptionsView } from "./search-params.ts";

// Every card of the page is one of these grouped queries (the API aggregates, the browser only pivots).
// Each takes the range explicitly so the same function builds the comparison period's query.

type SubscriptionsQuery = GroupedQuery<"subscriptions">;
type Sub = Filter<"subscriptions">;
const f = filterFor("subscriptions");

const pageFilter = (view: SubscriptionsView, ...extra: Sub[]) =>
  viewFilter("subscriptions", subscriptionFilters, view.filters, ...extra);
const midnight = (day: string) => `${day}T00:00:00Z`;

/** Created in the range, per creation-date bucket and *current* status: the API keeps no status history. */
export function createdByStatusQuery(
  view: SubscriptionsView,
  range: DayRange,
  grain: Grain,
): SubscriptionsQuery {
  return {
    filter: pageFilter(view, dateRangeFilter("subscriptions", "creationDate", range)),
    groupby: ["creationDate", "status"],
    aggregationLevel: grain,
  };
}

export function deprovisionedQuery(
  view: SubscriptionsView,
  range: DayRange,
  grain: Grain,
): SubscriptionsQuery {
  return {
    filter: pageFilter(view, dateRangeFilter("subscriptions", "deprovisionedDate", range)),
    groupby: ["deprovisionedDate"],
    aggregationLevel: grain,
  };
}

/**
 * In service when the range ends: created by then and not deprovisioned by then. Without status history this is
 * the only state that can be rebuilt for a past date, so "now" and the comparison period are counted alike.
 */
export function inServiceFilter(range: DayRange): Sub {
  const end = midnight(dayAfter(range.to));
  return f.and(
    f.lt("creationDate", end),
    f.or(f.eq("deprovisionedDate", null), f.ge("deprovisionedDate", end)),
  );
}

export function inServiceQuery(
  view: SubscriptionsView,
  range: DayRange,
  by: "status" | "subscriptionType" | "productName",
): SubscriptionsQuery {
  return { filter: pageFilter(view, inServiceFilter(range)), groupby: [by] };
}

/** Commitments ending from today through the longest window, per day and auto-renew; deprovisioned ones never renew. */
export function renewalsQuery(view: SubscriptionsView, today: string): SubscriptionsQuery {
  const due = { from: today, to: windowEnd(today, Math.max(...RENEWAL_WINDOWS)) };
  return {
    filter: pageFilter(
      view,
      f.ne("status", "DEPROVISIONED"),
      dateRangeFilter("subscriptions", "commitmentEndDate", due),
    ),
    groupby: ["commitmentEndDate", "autoRenewEnabled"],
    aggregationLevel: "day",
  };
}

export function trialStartsQuery(view: SubscriptionsView, range: DayRange, grain: Grain): SubscriptionsQuery {
  return {
    filter: pageFilter(view, dateRangeFilter("subscriptions", "trialStartDate", range)),
    groupby: ["trialStartDate"],
    aggregationLevel: grain,
  };
}

export function trialConversionsQuery(
  view: SubscriptionsView,
  range: DayRange,
  grain: Grain,
): SubscriptionsQuery {
  return {
    filter: pageFilter(view, dateRangeFilter("subscriptions", "trialToPaidConversionDate", range)),
    groupby: ["trialToPaidConversionDate"],
    aggregationLevel: grain,
  };
}

/** The range's trials that have converted since: the numerator of the cohort conversion rate. */
export function convertedTrialsQuery(
  view: SubscriptionsView,
  range: DayRange,
  grain: Grain,
): SubscriptionsQuery {
  return {
    filter: pageFilter(
      view,
      dateRangeFilter("subscriptions", "trialStartDate", range),
      f.ne("trialToPaidConversionDate", null),
    ),
    groupby: ["trialStartDate"],
    aggregationLevel: grain,
  };
}

/** Values for the open-list filters, over every subscription: small groups, cached across views. */
export const facetQueries = {
  typesAndProducts: { groupby: ["subscriptionType", "productName"] },
  markets: { groupby: ["customerMarket"] },
} as const satisfies Record<string, SubscriptionsQuery>;

/** The grid lists every subscription in service at some time in the range: the union of the cards' populations. */
export function gridFilter(view: SubscriptionsView, range: DayRange): Sub | undefined {
  const start = midnight(range.from);
  const end = midnight(dayAfter(range.to));
  return pageFilter(
    view,
    f.lt("creationDate", end),
    f.or(f.eq("deprovisionedDate", null), f.ge("deprovisionedDate", start)),
  );
}
