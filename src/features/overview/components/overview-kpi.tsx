import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { useQueryKeepingPrevious } from "../../../lib/use-groups.ts";
import { useApi } from "../../../api/api-context.tsx";
import { KpiTile } from "../../../components/kpi-tile.tsx";
import { Sparkline } from "../../../components/sparkline.tsx";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import type { FilterValue } from "../../../lib/view-state.ts";
import type { KpiDef } from "../kpis.ts";
import { kpiQuery } from "../queries.ts";
import { wholeBucketValues } from "../../../lib/time-buckets.ts";
import { kpiSeries, total } from "../lib/series.ts";

interface OverviewKpiProps {
  def: KpiDef;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
  filters: Readonly<Record<string, FilterValue>>;
  search: string;
}

export function OverviewKpi({ def, range, compared, grain, filters, search }: OverviewKpiProps) {
  const { queries } = useApi();
  const factory = queries[def.resource] as (typeof queries)["subscriptions"];
  const current = useQueryKeepingPrevious(factory.grouped(kpiQuery(def, range, grain, filters) as never));
  const previous = useQuery({
    ...factory.grouped(kpiQuery(def, compared ?? range, grain, filters) as never),
    enabled: compared !== null,
  });
  const values = current.data ? kpiSeries(def, current.data.rows, range, grain) : [];
  const trend = wholeBucketValues(values, range, grain);
  const previousValue =
    compared && previous.data ? total(kpiSeries(def, previous.data.rows, compared, grain)) : null;
  const error = current.error ?? (compared ? previous.error : null);
  return (
    <div>
      <KpiTile
        label={def.label}
        measure={def.key}
        value={current.data ? total(values) : null}
        previous={previousValue}
        comparedRange={compared}
        pending={current.isPending || (compared !== null && previous.isPending)}
        error={error ?? undefined}
        onRetry={() => {
          void current.refetch();
          if (compared) void previous.refetch();
        }}
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
