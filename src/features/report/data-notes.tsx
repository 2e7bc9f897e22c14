import { formatMonth } from "../../lib/format.ts";
import type { ReportMonth } from "../../lib/report-section.ts";

/** What a reader needs to know to read the numbers right. */
export function DataNotes({ month }: { month: ReportMonth }) {
  return (
    <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs">
      <li>
        Source: the Partner Center Analytics API (subscriptions, Azure usage, indirect resellers, search,
        referrals), read with the signed-in user&apos;s delegated access. Dates are UTC days; a month runs
        from its first to its last UTC day.
      </li>
      <li>
        A zero means Partner Center returned no records for that measure and period; failed queries show as
        errors, never as zero.
      </li>
      <li>
        &quot;What changed&quot; compares {formatMonth(month.range.from)} with{" "}
        {formatMonth(month.previous.from)}: the biggest relative changes first, each with the part (product,
        customer, keyword, market) whose own change went furthest the same way.
      </li>
      <li>
        Partner Center keeps no status history: subscription status, auto-renew and commitment end dates are
        today&apos;s. In service at a month&apos;s end means created by then and not deprovisioned by then.
        Renewals due are the subscriptions not deprovisioned whose commitment ends in{" "}
        {formatMonth(month.next.from)} with auto-renew off.
      </li>
      <li>
        Trial conversion follows the month&apos;s trials (started in the month, converted to paid at any time
        since). Referral medians count whole days from creation to acceptance or win of the month&apos;s
        referrals.
      </li>
      <li>
        Azure usage quantities are only added within one meter unit. The units shown are those the most meter
        categories are measured in; top movers compare each customer&apos;s quantity in the first of them.
      </li>
      <li>
        Indirect resellers: subscription counts are today&apos;s (the resource keeps no history); new means
        the first subscription was created in the month; transacting and the change per reseller count
        subscriptions sold (partner name on the subscription) and deprovisioned in the month, direct sales
        left out.
      </li>
    </ul>
  );
}
