import type { GridColumn } from "../../components/data-grid/resource-grid.tsx";
import { defineFilters, list, type ViewState } from "../../lib/view-state.ts";

/**
 * Every status a referral can have: "Accepted" is documented, the others follow the lifecycle date fields, and
 * "Created" is what a referral shows before anyone acknowledges it (the mock emits it; the shared resource table
 * does not list it yet). Closed, so a mistyped link falls back with a notice instead of matching nothing.
 */
export const REFERRAL_STATUSES = [
  "Created",
  "Acknowledged",
  "Accepted",
  "Won",
  "Skipped",
  "Missed",
  "Declined",
  "Expired",
  "Lost",
  "Archived",
] as const;

export const referralGridColumns: readonly GridColumn<"referrals">[] = [
  { field: "id", label: "Referral" },
  { field: "status", label: "Status" },
  { field: "customerName", label: "Customer" },
  { field: "customerMarket", label: "Customer market" },
  { field: "customerOrgSize", label: "Organisation size" },
  { field: "createdDate", label: "Created" },
  { field: "acknowledgedDate", label: "Acknowledged" },
  { field: "acceptedDate", label: "Accepted" },
  { field: "wonDate", label: "Won" },
  { field: "lostDate", label: "Lost" },
  { field: "declinedDate", label: "Declined" },
  { field: "partnerMarket", label: "Partner market" },
];

export const referralFilters = defineFilters({
  status: list("Status", REFERRAL_STATUSES),
  customerMarket: list("Customer market"),
  // Open: the API documents one example value ("10to50employees"), not the list.
  customerOrgSize: list("Organisation size"),
});
export type ReferralsView = ViewState<typeof referralFilters>;

export const referralsSchema = {
  filters: referralFilters,
  columns: referralGridColumns.map((column) => column.field),
};
