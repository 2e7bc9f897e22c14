import { KpiTile } from "../../../components/kpi-tile.tsx";
import { Sparkline } from "../../../components/sparkline.tsx";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { wholeBucketValues } from "../../../lib/time-buckets.ts";
import type { ViewState } from "../../../lib/view-state.ts";
import { MEASURES, measureSeries, totals } from "../lib/engagement.ts";
import { trendQuery } from "../queries.ts";
import { usePeriodQuery } from "../../../lib/use-period-query.ts";

interface EngagementKpisProps {
  view: ViewState;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
}

/** The four measures over the period against the compared period, read from the trend query (same cache entry). */
export function EngagementKpis({ view, range, compared, grain }: EngagementKpisProps) {
  const { current, previous, status } = usePeriodQuery(
    "search",
    (r) => trendQuery(view, r, grain),
    range,
    compared,
  );
  const now = current && totals(current);
  const before = previous && totals(previous);
  const series = current && measureSeries(current, range, grain);
  return (
    <section aria-labelledby="search-kpis" className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <h2 id="search-kpis" className="sr-only">
        Key figures
      </h2>
      {MEASURES.map(({ key, label, measure }) => (
        <KpiTile
          key={key}
          label={label}
          measure={measure}
          value={now ? now[key] : null}
          previous={before ? before[key] : null}
          comparedRange={compared}
          pending={status.pending}
          error={status.error}
          onRetry={status.retry}
          trend={series && <Sparkline values={wholeBucketValues(series.values[key], range, grain)} />}
        />
      ))}
    </section>
  );
}
