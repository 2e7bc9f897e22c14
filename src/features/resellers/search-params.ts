import type { GridColumn } from "../../components/data-grid/resource-grid.tsx";
import type { PageSchema } from "../../lib/view-state.ts";

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

export const resellersSchema: PageSchema = {
  filters: [{ param: "market", label: "Reseller market", kind: "list" }],
  columns: resellerGridColumns.map((column) => column.field),
};
