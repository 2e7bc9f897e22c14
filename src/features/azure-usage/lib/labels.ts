import { keyOf, type GroupRow } from "../../../lib/grouped-series.ts";

/** Subscription names repeat across customers ("PRODUCTION"), so a bar names both. */
export function subscriptionLabel(row: GroupRow): string {
  return `${keyOf(row.subscriptionName)} (${keyOf(row.customerName)})`;
}
