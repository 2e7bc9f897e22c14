import type { GridColumn } from "../../components/data-grid/resource-grid.tsx";
import { defineFilters, list, notSent, offBar, type ViewState } from "../../lib/view-state.ts";

export const usageGridColumns: readonly GridColumn<"usage/azure">[] = [
  { field: "usageDate", label: "Date" },
  { field: "customerName", label: "Customer" },
  { field: "subscriptionName", label: "Subscription" },
  { field: "meterCategory", label: "Meter category" },
  { field: "meterSubcategory", label: "Meter subcategory" },
  { field: "quantity", label: "Quantity" },
  { field: "meterUnit", label: "Unit" },
  { field: "resourceLocation", label: "Location" },
  { field: "serviceType", label: "Service type" },
  { field: "subscriptionId", label: "Subscription id" },
];

/**
 * All open lists of exact values: usage filters support eq/ne only, so even customerName is a list of names.
 * meterUnit holds the unit the page shows; its first value is used, because quantities of different units are
 * never added together. The unit picker sets it, so the filter bar does not.
 */
export const usageFilters = defineFilters({
  meterCategory: list("Meter category"),
  meterSubcategory: list("Meter subcategory"),
  meterUnit: offBar(list("Unit")),
  resourceLocation: list("Location"),
  customerName: list("Customer"),
  // Shared across pages (SHARED_PARAMS), so a link keeps it; usage rows have no market, so it filters nothing here
  // and the bar offers no control that would do nothing.
  customerMarket: offBar(notSent(list("Customer market"))),
});
export type UsageView = ViewState<typeof usageFilters>;

export const usageSchema = {
  filters: usageFilters,
  columns: usageGridColumns.map((column) => column.field),
};
