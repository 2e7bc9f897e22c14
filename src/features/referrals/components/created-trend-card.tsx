import { ChartCard } from "../../../components/chart-card.tsx";
import { TimeSeriesChart } from "../../../components/lazy-charts.ts";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { formatDayRange } from "../../../lib/format.ts";
import type { ViewState } from "../../../lib/view-state.ts";
import { emptyReason } from "../lib/empty-reason.ts";
import { createdSeries, trendTable } from "../lib/trend.ts";
import { trendQuery } from "../queries.ts";
import { usePeriodQuery } from "../../../lib/use-period-query.ts";

interface CreatedTrendCardProps {
  view: ViewState;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
}

export function CreatedTrendCard({ view, range, compared, grain }: CreatedTrendCardProps) {
  const { current, previous, status } = usePeriodQuery("referrals", (r) => trendQuery(view, r, grain), range, compared);
  const series = createdSeries(current ?? [], range, grain);
  const before = previous && compared ? createdSeries(previous, compared, grain) : null;
  const empty = current !== undefined && series.values.every((v) => v === 0) && emptyReason(view, range);
  return (
    <ChartCard
      title="Referrals created over time"
      description={`Referrals created per ${grain}${compared ? `, dashed: ${formatDayRange(compared)}` : ""}.`}
      height={280}
      status={{ ...status, empty }}
      table={trendTable(series, before, grain)}
    >
      <TimeSeriesChart
        kind="line"
        height={280}
        grain={grain}
        buckets={series.buckets}
        series={[{ key: "created", label: "Referrals created", values: series.values }]}
        comparison={before ? { label: `Created, ${formatDayRange(compared!)}`, buckets: before.buckets, values: before.values } : undefined}
      />
    </ChartCard>
  );
}
