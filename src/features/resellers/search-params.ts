import type { GridColumn } from "../../components/data-grid/resource-grid.tsx";
import { defineFilters, list, type ViewState } from "../../lib/view-state.ts";

export const resellerGridColumns: readonly GridColumn<"indirectresellers">[] = [
  { field: "name", label: "Reseller" },
  { field: "id", label: "Reseller id" },
  { field: "market", label: "Market" },
  { field: "subscriptionCount", label: "Subscriptions" },
  { field: "licenseCount", label: "Licences" },
  { field: "firstSubscriptionCreationDate", label: "First subscription" },
  { field: "latestSubscriptionCreationDate", label: "Latest subscription" },
  { field: "latestSubscriptionEndDate", label: "Latest subscription end" },
  { field: "latestSubscriptionSuspendedDate", label: "Latest suspension" },
  { field: "latestSubscriptionDeprovisionedDate", label: "Latest deprovisioning" },
  { field: "partnerTenantId", label: "Tenant id" },
];

export const resellerFilters = defineFilters({ market: list("Reseller market") });
export type ResellersView = ViewState<typeof resellerFilters>;

export const resellersSchema = {
  filters: resellerFilters,
  columns: resellerGridColumns.map((column) => column.field),
};
