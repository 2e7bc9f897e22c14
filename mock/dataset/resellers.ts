import { RESOURCES } from "../engine/resources.ts";
import type { Reseller } from "./customers.ts";
import type { Subscription } from "./subscriptions.ts";
import { TableBuilder, type Table } from "./table.ts";

/** Earliest and latest of the dates that are set (NaN, i.e. "0001-01-01T00:00:00", when none is). */
function range(dates: readonly number[]): [number, number] {
  let first = Number.NaN;
  let latest = Number.NaN;
  for (const date of dates) {
    if (Number.isNaN(date)) continue;
    if (!(date >= first)) first = date;
    if (!(date <= latest)) latest = date;
  }
  return [first, latest];
}

/**
 * One row per indirect reseller, derived from the subscriptions it sold so the two resources agree.
 * Counts cover the subscriptions that are not deprovisioned; resellers without any sales keep the
 * "never" dates and zero counts, as inactive resellers do.
 */
export function resellersTable(
  resellers: readonly Reseller[],
  subscriptions: readonly Subscription[],
): Table {
  const sold = resellers.map((): Subscription[] => []);
  for (const sub of subscriptions) sold[sub.customer.reseller]?.push(sub);
  const builder = new TableBuilder(RESOURCES.indirectresellers);
  resellers.forEach((reseller, index) => {
    const subs = sold[index] ?? [];
    const live = subs.filter((sub) => sub.status !== "DEPROVISIONED");
    const [firstCreated, latestCreated] = range(subs.map((sub) => sub.creationDate));
    const [firstEnd, latestEnd] = range(subs.map((sub) => sub.commitmentEndDate));
    const [firstSuspended, latestSuspended] = range(subs.map((sub) => sub.suspendedDate));
    const [firstDeprovisioned, latestDeprovisioned] = range(subs.map((sub) => sub.deprovisionedDate));
    builder.append({
      partnerTenantId: reseller.tenantId,
      id: reseller.mpnId,
      name: reseller.name,
      market: reseller.market,
      firstSubscriptionCreationDate: firstCreated,
      latestSubscriptionCreationDate: latestCreated,
      firstSubscriptionEndDate: firstEnd,
      latestSubscriptionEndDate: latestEnd,
      firstSubscriptionSuspendedDate: firstSuspended,
      latestSubscriptionSuspendedDate: latestSuspended,
      firstSubscriptionDeprovisionedDate: firstDeprovisioned,
      latestSubscriptionDeprovisionedDate: latestDeprovisioned,
      subscriptionCount: live.length,
      licenseCount: live.reduce((total, sub) => total + sub.licenseCount, 0),
    });
  });
  return builder.finish();
}
