import { keyOf, labelOf, type GroupRow } from "../../../lib/grouped-series.ts";

/** Subscription names repeat across customers ("PRODUCTION"), so a bar names both. */
export function subscriptionLabel(row: GroupRow): string {
  return `${labelOf(keyOf(row.subscriptionName))} (${labelOf(keyOf(row.customerName))})`;
}
