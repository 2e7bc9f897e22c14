import { useQuery } from "@tanstack/react-query";
import { Suspense } from "react";
import { useApi } from "../../api/api-context.tsx";
import { TimeSeriesChart } from "../../components/lazy-charts.ts";
import { ErrorPanel, Skeleton } from "../../components/states.tsx";
import { dateRangeFilter, viewFilter } from "../../lib/api-filters.ts";
import type { DayRange } from "../../lib/date-range.ts";
import { bucketStarts } from "../../lib/time-buckets.ts";

interface ReportTrendProps {
  range: DayRange;
  markets: string[];
}

const HEIGHT = 220;

/** New subscriptions per day of the month by status: the report's one chart, sized for paper. */
export function ReportTrend({ range, markets }: ReportTrendProps) {
  const { queries } = useApi();
  const filter = viewFilter(
    "subscriptions",
    [{ param: "customerMarket", label: "Market", kind: "list" }],
    markets.length ? { customerMarket: markets } : {},
    dateRangeFilter("subscriptions", "creationDate", range),
  );
  const result = useQuery(
    queries.subscriptions.grouped({
      groupby: ["creationDate", "subscriptionType"],
      aggregationLevel: "day",
      filter,
    }),
  );
  if (result.error) return <ErrorPanel error={result.error} onRetry={() => void result.refetch()} />;
  if (result.isPending) return <Skeleton height={HEIGHT} label="Loading new subscriptions per day" />;
  const buckets = bucketStarts(range, "day");
  const types = [...new Set(result.data.rows.map((r) => r.subscriptionType ?? "Unknown"))].sort();
  const series = types.map((type) => {
    const values = buckets.map(() => 0);
    for (const row of result.data.rows) {
      const i = buckets.indexOf(String(row.creationDate).slice(0, 10));
      if ((row.subscriptionType ?? "Unknown") === type && i >= 0) values[i]! += row.subscriptionCount ?? 0;
    }
    return { key: type, label: type, values };
  });
  return (
    <figure className="mt-4 break-inside-avoid">
      <figcaption className="mb-1 text-sm font-semibold">New subscriptions per day, by type</figcaption>
      <Suspense fallback={<Skeleton height={HEIGHT} label="Drawing the chart" />}>
        <TimeSeriesChart
          buckets={buckets}
          grain="day"
          series={series}
          kind="stacked-bar"
          height={HEIGHT}
          animate={false}
        />
      </Suspense>
    </figure>
  );
}
