import { defineFilters, list, type ViewState } from "../../lib/view-state.ts";

// The overview filters only by what every resource shares: the customer market.
export const overviewFilters = defineFilters({ customerMarket: list("Customer market") });
export type OverviewView = ViewState<typeof overviewFilters>;
export const overviewSchema = { filters: overviewFilters };
