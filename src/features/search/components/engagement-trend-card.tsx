import { ChartCard } from "../../../components/chart-card.tsx";
import { TimeSeriesChart } from "../../../components/lazy-charts.ts";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { formatDayRange } from "../../../lib/format.ts";
import type { SearchView } from "../search-params.ts";
import { between, emptyMessage } from "../../../lib/view-filters.ts";
import { cardStatus } from "../../../components/card-status.ts";
import { MEASURES, measureSeries, totals, trendTable } from "../lib/engagement.ts";
import { trendQuery } from "../queries.ts";
import { usePeriods } from "../../../lib/use-groups.ts";

interface EngagementTrendCardProps {
  view: SearchView;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
}

const CHART_HEIGHT = 180;

/**
 * One small chart per measure rather than four lines on one axis: page views outnumber referrals a hundredfold, so
 * a shared axis would flatten the lower steps, and each chart can carry its own compared line.
 */
export function EngagementTrendCard({ view, range, compared, grain }: EngagementTrendCardProps) {
  const results = usePeriods("search", (r) => trendQuery(view, r, grain), range, compared);
  const [current, previous] = results.map((result) => result?.data?.rows);
  const series = measureSeries(current ?? [], range, grain);
  const before = previous && compared ? measureSeries(previous, compared, grain) : null;
  return (
    <ChartCard
      title="Engagement over time"
      description={`Each measure per ${grain}${compared ? `; dashed: ${formatDayRange(compared)}` : ""}.${grain === "week" ? " Weeks start on Monday, so the first and last can be partial." : ""}`}
      height={2 * CHART_HEIGHT + 64}
      status={cardStatus(
        results,
        current !== undefined &&
          totals(current).searchResultPageViews === 0 &&
          emptyMessage("Your listing appeared in no search results", between(range), view),
      )}
      table={trendTable(series, before, grain)}
    >
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {MEASURES.map(({ key, label }) => (
          <figure key={key}>
            <figcaption className="text-sm font-medium">{label}</figcaption>
            <TimeSeriesChart
              kind="line"
              height={CHART_HEIGHT}
              grain={grain}
              range={range}
              buckets={series.buckets}
              series={[{ key, label, values: series.values[key] }]}
              comparison={
                before
                  ? {
                      label: `${label}, ${formatDayRange(compared!)}`,
                      buckets: before.buckets,
                      values: before.values[key],
                    }
                  : undefined
              }
            />
          </figure>
        ))}
      </div>
    </ChartCard>
  );
}
