import { ChartCard } from "../../../components/chart-card.tsx";
import type { TableData } from "../../../lib/card-data.ts";
import type { DayRange } from "../../../lib/date-range.ts";
import { formatDayRange, formatNumber } from "../../../lib/format.ts";
import type { ReferralsView } from "../search-params.ts";
import { delayStats, type DelayStats } from "../lib/durations.ts";
import { durationQuery } from "../queries.ts";
import { usePeriods } from "../../../lib/use-groups.ts";
import { cardStatus } from "../../../components/card-status.ts";
import { between, emptyMessage } from "../../../lib/view-filters.ts";

interface DelayCardProps {
  view: ReferralsView;
  range: DayRange;
  compared: DayRange | null;
}

const days = (n: number) => `${formatNumber(n)} ${n === 1 ? "day" : "days"}`;

function delayTable(
  rows: readonly [string, DelayStats | null, DelayStats | null][],
  comparing: boolean,
): TableData {
  return {
    columns: [
      "Milestone",
      "Median days",
      "25th percentile",
      "75th percentile",
      "Referrals",
      ...(comparing ? ["Median days (compared)"] : []),
    ],
    rows: rows.map(([label, now, before]) => [
      label,
      now?.median ?? null,
      now?.p25 ?? null,
      now?.p75 ?? null,
      now?.count ?? 0,
      ...(comparing ? [before?.median ?? null] : []),
    ]),
    formatCell: (value, column) =>
      column === 0 ? String(value) : value === null ? "—" : formatNumber(Number(value)),
  };
}

/** Median days from creation to acceptance and to a win, against the compared period. */
export function DelayCard({ view, range, compared }: DelayCardProps) {
  const results = usePeriods("referrals", (r) => durationQuery(view, r), range, compared);
  const [current, previous] = results.map((result) => result?.data?.rows);
  const milestones = (["acceptedDate", "wonDate"] as const).map(
    (field) =>
      [
        field === "acceptedDate" ? "To accept" : "To win",
        current ? delayStats(current, field) : null,
        previous ? delayStats(previous, field) : null,
      ] as [string, DelayStats | null, DelayStats | null],
  );
  const empty =
    current !== undefined &&
    milestones.every(([, now]) => now === null) &&
    emptyMessage("No referrals were accepted or won from those created", between(range), view);
  return (
    <ChartCard
      title="Time to accept and to win"
      description="Median days from creation, for referrals created in the period. The API only counts referrals per day, so each delay is the difference between calendar days (UTC): a referral accepted on the day it arrived counts as 0 days, whatever the hour."
      height={180}
      status={cardStatus(results, empty)}
      table={delayTable(milestones, compared !== null)}
    >
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {milestones.map(([label, now, before]) => (
          <div key={label} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="tabular text-3xl font-semibold">{now ? days(now.median) : "—"}</dd>
            {now && (
              <dd className="text-sm text-slate-600 dark:text-slate-400">
                Middle half: {formatNumber(now.p25)}–{days(now.p75)} · {formatNumber(now.count)} referrals
              </dd>
            )}
            {compared && (
              <dd className="text-sm text-slate-600 dark:text-slate-400">
                vs {formatDayRange(compared)}: {before ? days(before.median) : "none"}
              </dd>
            )}
          </div>
        ))}
      </dl>
    </ChartCard>
  );
}
