import { ChartCard } from "../../../components/chart-card.tsx";
import { TimeSeriesChart } from "../../../components/lazy-charts.ts";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { formatDayRange, formatNumber, formatShare } from "../../../lib/format.ts";
import { bucketStarts } from "../../../lib/time-buckets.ts";
import type { SubscriptionsView } from "../search-params.ts";
import { bucketTotals, seriesTable } from "../../../lib/grouped-series.ts";
import { trialFigures } from "../lib/trials.ts";
import { between, emptyMessage } from "../../../lib/view-filters.ts";
import { convertedTrialsQuery, trialConversionsQuery, trialStartsQuery } from "../queries.ts";
import { useGroup, usePeriods } from "../../../lib/use-groups.ts";
import { cardStatus } from "../../../components/card-status.ts";

interface TrialsCardProps {
  view: SubscriptionsView;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
}

const HEIGHT = 300;

export function TrialsCard({ view, range, compared, grain }: TrialsCardProps) {
  const [starts, previousStarts] = usePeriods(
    "subscriptions",
    (r) => trialStartsQuery(view, r, grain),
    range,
    compared,
  );
  const conversions = useGroup("subscriptions", trialConversionsQuery(view, range, grain));
  const converted = useGroup("subscriptions", convertedTrialsQuery(view, range, grain));
  const results = [starts, conversions, converted, previousStarts];
  const buckets = bucketStarts(range, grain);
  const figures = trialFigures(
    starts?.data?.rows ?? [],
    conversions?.data?.rows ?? [],
    converted?.data?.rows ?? [],
    buckets,
    grain,
  );
  const comparison =
    compared && previousStarts?.data
      ? {
          label: `Trial starts, ${formatDayRange(compared)}`,
          buckets: bucketStarts(compared, grain),
          values: bucketTotals(
            previousStarts.data.rows,
            "trialStartDate",
            "subscriptionCount",
            bucketStarts(compared, grain),
            grain,
          ),
        }
      : undefined;
  const series = [figures.starts, figures.conversions];
  const loaded = starts?.data !== undefined && conversions?.data !== undefined;
  const nothing = figures.cohortStarted === 0 && figures.conversions.values.every((v) => v === 0);
  const empty =
    loaded && nothing && emptyMessage("No trials started or converted to paid", between(range), view);
  const rate = figures.conversionRate;
  const description = (
    <>
      Trial starts by start date, conversions by conversion date; the dashed line is trial starts in the
      comparison period.
      {loaded && converted?.data && (
        <span className="mt-1 block">
          Of the {formatNumber(figures.cohortStarted)} trials started in the range,{" "}
          {formatNumber(figures.cohortConverted)}
          {rate !== null && ` (${formatShare(rate)})`} have converted to paid so far; trials still running may
          yet convert.
        </span>
      )}
    </>
  );
  return (
    <ChartCard
      title="Trials and conversions"
      description={description}
      height={HEIGHT}
      status={cardStatus(results, empty)}
      table={seriesTable(buckets, grain, series, { comparison })}
    >
      <TimeSeriesChart
        buckets={buckets}
        grain={grain}
        range={range}
        series={series}
        kind="line"
        height={HEIGHT}
        comparison={comparison}
      />
    </ChartCard>
  );
}
