import { KpiSection } from "../../../components/kpi-section.tsx";
import { KpiTile } from "../../../components/kpi-tile.tsx";
import { Sparkline } from "../../../components/sparkline.tsx";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { wholeBucketValues } from "../../../lib/time-buckets.ts";
import type { SearchView } from "../search-params.ts";
import { MEASURES, measureSeries, totals } from "../lib/engagement.ts";
import { trendQuery } from "../queries.ts";
import { usePeriods } from "../../../lib/use-groups.ts";
import { tileFigures } from "../../../components/card-status.ts";

interface EngagementKpisProps {
  view: SearchView;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
}

/** The four measures over the period against the compared period, read from the trend query (same cache entry). */
export function EngagementKpis({ view, range, compared, grain }: EngagementKpisProps) {
  const results = usePeriods("search", (r) => trendQuery(view, r, grain), range, compared);
  const rows = results[0]?.data?.rows;
  const series = rows && measureSeries(rows, range, grain);
  return (
    <KpiSection>
      {MEASURES.map(({ key, label, measure }) => (
        <KpiTile
          key={key}
          label={label}
          measure={measure}
          comparedRange={compared}
          {...tileFigures(results, (period) => totals(period)[key])}
          trend={series && <Sparkline values={wholeBucketValues(series.values[key], range, grain)} />}
        />
      ))}
    </KpiSection>
  );
}
