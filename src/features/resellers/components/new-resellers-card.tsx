import { ChartCard } from "../../../components/chart-card.tsx";
import { TimeSeriesChart } from "../../../components/lazy-charts.ts";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { formatDayRange } from "../../../lib/format.ts";
import type { ViewState } from "../../../lib/view-state.ts";
import { noNewResellers } from "../lib/empty-reason.ts";
import { newResellerSeries, trendTable } from "../lib/new-resellers.ts";
import { newResellersQuery } from "../queries.ts";
import { usePeriodQuery } from "../../../lib/use-period-query.ts";

interface NewResellersCardProps {
  view: ViewState;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
}

export function NewResellersCard({ view, range, compared, grain }: NewResellersCardProps) {
  const { current, previous, status } = usePeriodQuery("indirectresellers", (r) => newResellersQuery(view, r, grain), range, compared);
  const series = newResellerSeries(current ?? [], range, grain);
  const before = previous && compared ? newResellerSeries(previous, compared, grain) : null;
  const empty = current !== undefined && series.values.every((v) => v === 0) && noNewResellers(view, range);
  return (
    <ChartCard
      title="New resellers over time"
      description={`Resellers by the ${grain} of their first subscription${compared ? `; dashed: ${formatDayRange(compared)}` : ""}. Resellers that never sold have no first date and are not counted.`}
      height={280}
      status={{ ...status, empty }}
      table={trendTable(series, before, grain)}
    >
      <TimeSeriesChart
        kind="line"
        height={280}
        grain={grain}
        buckets={series.buckets}
        series={[{ key: "new", label: "New resellers", values: series.values }]}
        comparison={before ? { label: `New resellers, ${formatDayRange(compared!)}`, buckets: before.buckets, values: before.values } : undefined}
      />
    </ChartCard>
  );
}
