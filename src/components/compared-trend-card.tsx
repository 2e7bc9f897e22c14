import type { GroupedQuery } from "../api/query.ts";
import type { GroupedRow, ResourceName } from "../api/resources.ts";
import { countSeries, countTable } from "../lib/count-series.ts";
import type { DayRange, Grain } from "../lib/date-range.ts";
import { formatDayRange } from "../lib/format.ts";
import { usePeriodQuery } from "../lib/use-period-query.ts";
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
  dateOf: (row: GroupedRow<R>) => string | null | undefined;
  countOf: (row: GroupedRow<R>) => number | null | undefined;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
  /** Why the range has nothing to count, in the user's terms. */
  emptyText: string;
}

/** One date field counted per bucket over the range, as a line, with the compared period dashed beside it. */
export function ComparedTrendCard<R extends ResourceName>(props: ComparedTrendCardProps<R>) {
  const { resource, title, description, measure, query, dateOf, countOf, range, compared, grain, emptyText } =
    props;
  const { current, previous, status } = usePeriodQuery(resource, query, range, compared);
  const series = countSeries(current ?? [], range, grain, dateOf, countOf);
  const before = previous && compared ? countSeries(previous, compared, grain, dateOf, countOf) : null;
  const empty = current !== undefined && series.values.every((v) => v === 0) && emptyText;
  return (
    <ChartCard
      title={title}
      description={`${description}${compared ? ` Dashed: ${formatDayRange(compared)}.` : ""}`}
      height={280}
      status={{ ...status, empty }}
      table={countTable(series, before, grain, measure)}
    >
      <TimeSeriesChart
        kind="line"
        height={280}
        grain={grain}
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
