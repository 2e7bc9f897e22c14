import { Link } from "wouter";
import { tileFigures } from "../../../components/card-status.ts";
import { KpiTile } from "../../../components/kpi-tile.tsx";
import { Sparkline } from "../../../components/sparkline.tsx";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { wholeBucketValues } from "../../../lib/time-buckets.ts";
import { usePeriods } from "../../../lib/use-groups.ts";
import type { KpiDef } from "../kpis.ts";
import { kpiSeries, kpiTotal } from "../lib/series.ts";

interface OverviewKpiProps {
  def: KpiDef;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
  markets: readonly string[] | undefined;
  search: string;
}

export function OverviewKpi({ def, range, compared, grain, markets, search }: OverviewKpiProps) {
  const results = usePeriods(def.resource, (r) => def.query(r, grain, markets), range, compared);
  const rows = results[0]?.data?.rows;
  const trend = rows ? wholeBucketValues(kpiSeries(def, rows, range, grain), range, grain) : [];
  return (
    <div>
      <KpiTile
        label={def.label}
        measure={def.key}
        {...tileFigures(results, (period) => kpiTotal(def, period))}
        comparedRange={compared}
        trend={trend.length > 1 ? <Sparkline values={trend} /> : undefined}
      />
      <Link
        href={`${def.href}?${search}`}
        className="mt-1 inline-block text-sm text-blue-800 underline dark:text-blue-300 print:hidden"
      >
        View {def.page}
      </Link>
    </div>
  );
}
