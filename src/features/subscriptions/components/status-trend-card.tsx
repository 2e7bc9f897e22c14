import { ChartCard } from "../../../components/chart-card.tsx";
import { TimeSeriesChart } from "../../../components/lazy-charts.ts";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { bucketStarts } from "../../../lib/time-buckets.ts";
import type { ViewState } from "../../../lib/view-state.ts";
import { pivotSeries, seriesTable, sumMeasure } from "../../../lib/grouped-series.ts";
import { between, emptyMessage, type Drill } from "../../../lib/view-filters.ts";
import { createdByStatusQuery } from "../queries.ts";
import { SUBSCRIPTION_STATUSES } from "../search-params.ts";
import { usePeriods } from "../../../lib/use-groups.ts";
import { cardStatus } from "../../../components/card-status.ts";
import { ComparisonNote } from "../../../components/comparison-note.tsx";
import { DrillButtons } from "../../../components/drill-buttons.tsx";

interface StatusTrendCardProps {
  view: ViewState;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
  drill: Drill;
}

const HEIGHT = 300;

export function StatusTrendCard({ view, range, compared, grain, drill }: StatusTrendCardProps) {
  const results = usePeriods("subscriptions", (r) => createdByStatusQuery(view, r, grain), range, compared);
  const [current, previous] = results;
  const rows = current?.data?.rows ?? [];
  const buckets = bucketStarts(range, grain);
  const series = pivotSeries(rows, {
    dateField: "creationDate",
    keyField: "status",
    measure: "subscriptionCount",
    buckets,
    grain,
    order: SUBSCRIPTION_STATUSES,
  });
  const total = sumMeasure(rows, "subscriptionCount");
  const empty =
    current?.data !== undefined &&
    total === 0 &&
    emptyMessage("No subscriptions were created", between(range), view);
  const description = (
    <>
      By creation date and <em>current</em> status: the API keeps no status history, so a subscription created
      in the range and cancelled later counts as DEPROVISIONED in the period it was created.
      {current?.data && (
        <ComparisonNote
          label="Created"
          measure="new-subscriptions"
          current={total}
          previous={previous?.data && sumMeasure(previous.data.rows, "subscriptionCount")}
          compared={compared}
        />
      )}
    </>
  );
  return (
    <ChartCard
      title="New subscriptions by status"
      description={description}
      height={HEIGHT}
      status={cardStatus(results, empty)}
      table={seriesTable(buckets, grain, series, { total: true })}
    >
      <TimeSeriesChart
        buckets={buckets}
        grain={grain}
        series={series}
        kind="stacked-bar"
        height={HEIGHT}
        onSelectSeries={(key) => drill.to("status", key)}
      />
      <DrillButtons
        label="Filter by status"
        items={series.filter((s) => drill.can("status", s.key))}
        onSelect={(key) => drill.to("status", key)}
      />
    </ChartCard>
  );
}
