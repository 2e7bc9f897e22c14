import { ChartCard } from "../../../components/chart-card.tsx";
import type { Cell } from "../../../lib/card-data.ts";
import { formatDay, formatNumber } from "../../../lib/format.ts";
import { colorsFor } from "../../../lib/series-colors.ts";
import type { SubscriptionsView } from "../search-params.ts";
import { autoRenewLabel, RENEWAL_WINDOWS, renewalWindows, windowEnd } from "../lib/renewal-windows.ts";
import { emptyMessage } from "../../../lib/view-filters.ts";
import { renewalsQuery } from "../queries.ts";
import { useGroup } from "../../../lib/use-groups.ts";
import { cardStatus } from "../../../components/card-status.ts";

interface RenewalsCardProps {
  view: SubscriptionsView;
  today: string;
}

const HEIGHT = 220;

/** Plain HTML bars: three cumulative windows do not need a chart library, and text labels carry the split. */
export function RenewalsCard({ view, today }: RenewalsCardProps) {
  const current = useGroup("subscriptions", renewalsQuery(view, today));
  const { keys, windows } = renewalWindows(current?.data?.rows ?? [], today);
  const longest = windows[windows.length - 1]?.total ?? 0;
  const last = windowEnd(today, Math.max(...RENEWAL_WINDOWS));
  const empty =
    current?.data !== undefined &&
    longest === 0 &&
    emptyMessage("No commitments end", `between ${formatDay(today)} and ${formatDay(last)}`, view);
  const labels = keys.map(autoRenewLabel);
  const colors = colorsFor(keys);
  const table = {
    columns: ["Due within", ...labels, "Total"],
    rows: windows.map((w) => [`Next ${w.days} days`, ...w.counts, w.total]),
    formatCell: (value: Cell, column: number) => (column === 0 ? String(value) : formatNumber(Number(value))),
  };
  return (
    <ChartCard
      title="Renewals due"
      description={`Commitment end dates from today (${formatDay(today)}) on, by auto-renew. Windows include the shorter ones; deprovisioned subscriptions are left out. Auto-renew off needs a conversation with the customer.`}
      height={HEIGHT}
      status={cardStatus([current], empty)}
      table={table}
    >
      <ul className="space-y-4" style={{ minHeight: HEIGHT }}>
        {windows.map((w) => (
          <li key={w.days} className="break-inside-avoid">
            <p className="flex justify-between text-sm font-medium">
              <span>Next {w.days} days</span>
              <span className="tabular">{formatNumber(w.total)}</span>
            </p>
            <div
              className="mt-1 flex h-4 overflow-hidden rounded bg-slate-100 dark:bg-slate-800"
              aria-hidden="true"
            >
              {w.counts.map((count, k) => (
                <div
                  key={keys[k]}
                  style={{ width: `${longest ? (count / longest) * 100 : 0}%`, background: colors[k] }}
                />
              ))}
            </div>
            <p className="tabular mt-1 text-xs text-slate-700 dark:text-slate-300">
              {w.counts.map((count, k) => `${labels[k]}: ${formatNumber(count)}`).join(" · ")}
            </p>
          </li>
        ))}
      </ul>
    </ChartCard>
  );
}
