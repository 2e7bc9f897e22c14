import type { GroupedQuery } from "../api/query.ts";
import type { GroupField, Measure, ResourceName } from "../api/resources.ts";
import { countTable } from "../lib/count-series.ts";
import type { DayRange, Grain } from "../lib/date-range.ts";
import { formatDayRange } from "../lib/format.ts";
import { bucketTotals, type GroupRow } from "../lib/grouped-series.ts";
import { bucketStarts } from "../lib/time-buckets.ts";
import { usePeriods } from "../lib/use-groups.ts";
import { cardStatus } from "./card-status.ts";
import { ChartCard } from "./chart-card.tsx";
import { TimeSeriesChart } from "./lazy-charts.ts";

interface ComparedTrendCardProps<R extends ResourceName> {
  resource: R;
  title: string;
  /** Says what is counted; the card adds which period the dashed line is. */
  description: string;
  /** The counted thing, as the series and table column name, e.g. "Referrals created". */
  measure: string;
  query: (range: DayRange) => GroupedQuery<R>;
  /** The date each row is counted on; rows without one (the API's "never") are left out. */
  dateField: GroupField<R>;
  countField: Measure<R>;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
  /** Why the range has nothing to count, in the user's terms. */
  emptyText: string;
}

/** One date field counted per bucket over the range, as a line, with the compared period dashed beside it. */
export function ComparedTrendCard<R extends ResourceName>(props: ComparedTrendCardProps<R>) {
  const { resource, title, description, measure, query, dateField, countField, range, compared, grain } =
    props;
  const results = usePeriods(resource, query, range, compared);
  const [current, previous] = results;
  const counted = (rows: readonly GroupRow[], over: DayRange) => {
    const buckets = bucketStarts(over, grain);
    return { buckets, values: bucketTotals(rows, dateField, countField, buckets, grain) };
  };
  const series = counted(current?.data?.rows ?? [], range);
  const before = previous?.data && compared ? counted(previous.data.rows, compared) : null;
  const empty = current?.data !== undefined && series.values.every((v) => v === 0) && props.emptyText;
  return (
    <ChartCard
      title={title}
      description={`${description}${compared ? ` Dashed: ${formatDayRange(compared)}.` : ""}`}
      height={280}
      status={cardStatus(results, empty)}
      table={countTable(series, before, grain, measure)}
    >
      <TimeSeriesChart
        kind="line"
        height={280}
        grain={grain}
        range={range}
        buckets={series.buckets}
        series={[{ key: "count", label: measure, values: series.values }]}
        comparison={
          before
            ? {
                label: `${measure}, ${formatDayRange(compared!)}`,
                buckets: before.buckets,
                values: before.values,
              }
            : undefined
        }
      />
    </ChartCard>
  );
}
