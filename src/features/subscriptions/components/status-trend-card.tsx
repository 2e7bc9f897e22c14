import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { bucketStarts } from "../../../lib/time-buckets.ts";
import type { SubscriptionsView } from "../search-params.ts";
import { pivotSeries, sumMeasure } from "../../../lib/grouped-series.ts";
import { between, emptyMessage, type Drill } from "../../../lib/view-filters.ts";
import { createdByStatusQuery } from "../queries.ts";
import { SUBSCRIPTION_STATUSES } from "../search-params.ts";
import { usePeriods } from "../../../lib/use-groups.ts";
import { cardStatus } from "../../../components/card-status.ts";
import { ComparisonNote } from "../../../components/comparison-note.tsx";
import { StackedTrendCard } from "../../../components/stacked-trend-card.tsx";

interface StatusTrendCardProps {
  view: SubscriptionsView;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
  drill: Drill;
}

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
    <StackedTrendCard
      title="New subscriptions by status"
      description={description}
      status={cardStatus(results, empty)}
      buckets={buckets}
      grain={grain}
      range={range}
      series={series}
      kind="stacked-bar"
      height={300}
      drillLabel="Filter by status"
      {...drill.on("status")}
    />
  );
}
