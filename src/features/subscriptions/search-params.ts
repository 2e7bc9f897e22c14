import type { GridColumn } from "../../components/data-grid/resource-grid.tsx";
import { defineFilters, flag, list, text, type ViewState } from "../../lib/view-state.ts";

export const SUBSCRIPTION_STATUSES = ["ACTIVE", "SUSPENDED", "DEPROVISIONED"] as const;

export const subscriptionGridColumns: readonly GridColumn<"subscriptions">[] = [
  { field: "customerName", label: "Customer" },
  { field: "customerMarket", label: "Market" },
  { field: "productName", label: "Product" },
  { field: "subscriptionType", label: "Type" },
  { field: "status", label: "Status" },
  { field: "licenseCount", label: "Licences" },
  { field: "autoRenewEnabled", label: "Auto-renew" },
  { field: "creationDate", label: "Created" },
  { field: "commitmentEndDate", label: "Commitment ends" },
  { field: "deprovisionedDate", label: "Deprovisioned" },
  { field: "friendlyName", label: "Friendly name" },
  { field: "id", label: "Subscription id" },
];

/**
 * Status is the API's closed list; type, product and market are open because the API returns values outside
 * the documented ones (M365, UNKNOWN, Windows in the grouped sample). customerName supports only contains.
 */
export const subscriptionFilters = defineFilters({
  status: list("Status", SUBSCRIPTION_STATUSES),
  subscriptionType: list("Type"),
  productName: list("Product"),
  autoRenewEnabled: flag("Auto-renew"),
  customerMarket: list("Customer market"),
  customerName: text("Customer name"),
});
export type SubscriptionsView = ViewState<typeof subscriptionFilters>;

export const subscriptionsSchema = {
  filters: subscriptionFilters,
  columns: subscriptionGridColumns.map((column) => column.field),
};
