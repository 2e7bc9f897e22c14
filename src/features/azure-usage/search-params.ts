import type { GridColumn } from "../../components/data-grid/resource-grid.tsx";
import type { PageSchema } from "../../lib/view-state.ts";

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
 * never added together.
 */
export const usageSchema: PageSchema = {
  filters: [
    { param: "meterCategory", label: "Meter category", kind: "list" },
    { param: "meterSubcategory", label: "Meter subcategory", kind: "list" },
    { param: "meterUnit", label: "Unit", kind: "list" },
    { param: "resourceLocation", label: "Location", kind: "list" },
    { param: "customerName", label: "Customer", kind: "list" },
    // Shared across pages (SHARED_PARAMS), so a link keeps it; usage rows have no market, so it filters nothing here.
    { param: "customerMarket", label: "Customer market", kind: "list" },
  ],
  columns: usageGridColumns.map((column) => column.field),
};

/** The filter bar leaves the unit to the unit picker (exactly one) and offers no market control that would do nothing. */
export const usageFilterBarSchema: PageSchema = {
  ...usageSchema,
  filters: usageSchema.filters.filter((def) => def.param !== "meterUnit" && def.param !== "customerMarket"),
};
