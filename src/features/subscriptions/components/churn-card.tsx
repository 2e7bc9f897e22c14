import { ChartCard } from "../../../components/chart-card.tsx";
import { TimeSeriesChart } from "../../../components/lazy-charts.ts";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { bucketStarts } from "../../../lib/time-buckets.ts";
import type { SubscriptionsView } from "../search-params.ts";
import { churnSeries } from "../lib/churn.ts";
import { seriesTable, sumMeasure } from "../../../lib/grouped-series.ts";
import { between, emptyMessage } from "../../../lib/view-filters.ts";
import { createdByStatusQuery, deprovisionedQuery } from "../queries.ts";
import { usePeriods } from "../../../lib/use-groups.ts";
import { cardStatus } from "../../../components/card-status.ts";
import { ComparisonNote } from "../../../components/comparison-note.tsx";

interface ChurnCardProps {
  view: SubscriptionsView;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
}

const HEIGHT = 300;
const count = (rows: readonly Record<string, unknown>[] | undefined) =>
  rows ? sumMeasure(rows, "subscriptionCount") : undefined;

export function ChurnCard({ view, range, compared, grain }: ChurnCardProps) {
  const [created, previousCreated] = usePeriods(
    "subscriptions",
    (r) => createdByStatusQuery(view, r, grain),
    range,
    compared,
  );
  const [deprovisioned, previousDeprovisioned] = usePeriods(
    "subscriptions",
    (r) => deprovisionedQuery(view, r, grain),
    range,
    compared,
  );
  const results = [created, deprovisioned, previousCreated, previousDeprovisioned];
  const buckets = bucketStarts(range, grain);
  const churn = churnSeries(created?.data?.rows ?? [], deprovisioned?.data?.rows ?? [], buckets, grain);
  const series = [churn.created, churn.deprovisioned, churn.net];
  const net = (count(created?.data?.rows) ?? 0) - (count(deprovisioned?.data?.rows) ?? 0);
  const previousIn = count(previousCreated?.data?.rows);
  const previousOut = count(previousDeprovisioned?.data?.rows);
  const previousNet =
    previousIn !== undefined && previousOut !== undefined ? previousIn - previousOut : undefined;
  const loaded = created?.data !== undefined && deprovisioned?.data !== undefined;
  const quiet =
    churn.created.values.every((v) => v === 0) && churn.deprovisioned.values.every((v) => v === 0);
  const empty =
    loaded && quiet && emptyMessage("No subscriptions were created or deprovisioned", between(range), view);
  const description = (
    <>
      New subscriptions by creation date against deprovisioned ones by deprovisioning date; below zero the
      book shrank.
      {loaded && (
        <ComparisonNote
          label="Net change"
          measure="net-change"
          current={net}
          previous={previousNet}
          compared={compared}
        />
      )}
    </>
  );
  return (
    <ChartCard
      title="New versus deprovisioned"
      description={description}
      height={HEIGHT}
      status={cardStatus(results, empty)}
      table={seriesTable(buckets, grain, series)}
    >
      <TimeSeriesChart
        buckets={buckets}
        grain={grain}
        range={range}
        series={series}
        kind="line"
        height={HEIGHT}
      />
    </ChartCard>
  );
}
