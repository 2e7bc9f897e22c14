import { useQueries } from "@tanstack/react-query";
import { useApi } from "../../api/api-context.tsx";
import { ErrorPanel, Skeleton } from "../../components/states.tsx";
import { OVERVIEW_KPIS } from "../../features/overview/kpis.ts";
import { kpiSeries, total } from "../../features/overview/lib/series.ts";
import { kpiQuery } from "../../features/overview/queries.ts";
import type { DayRange } from "../../lib/date-range.ts";
import { formatMonth, formatNumber } from "../../lib/format.ts";
import type { MeasureKey } from "../../lib/measures.ts";
import { Delta } from "../../components/delta.tsx";

interface ExecutiveSummaryProps {
  periods: { current: DayRange; previous: DayRange; lastYear: DayRange };
  markets: string[];
}

const change = (measure: MeasureKey, value: number, base: number) => (
  <Delta measure={measure} delta={value - base} ratio={base ? (value - base) / base : null} />
);

/** The overview's KPIs for the month, against the month before and the same month a year earlier. */
export function ExecutiveSummary({ periods, markets }: ExecutiveSummaryProps) {
  const { queries } = useApi();
  const filters: Record<string, string[]> = markets.length ? { customerMarket: markets } : {};
  const order = [periods.current, periods.previous, periods.lastYear];
  const results = useQueries({
    queries: OVERVIEW_KPIS.flatMap((def) =>
      order.map((range) =>
        (queries[def.resource] as (typeof queries)["subscriptions"]).grouped(
          kpiQuery(def, range, "month", filters) as never,
        ),
      ),
    ),
  });
  const failed = results.find((r) => r.error);
  if (failed)
    return (
      <ErrorPanel error={failed.error} onRetry={() => results.forEach((r) => r.error && void r.refetch())} />
    );
  if (results.some((r) => r.isPending))
    return <Skeleton height={360} label="Loading the executive summary" />;
  const values = OVERVIEW_KPIS.map((def, k) =>
    order.map((range, p) => total(kpiSeries(def, results[k * 3 + p]!.data!.rows, range, "month"))),
  );
  return (
    <table className="w-full border-collapse text-sm" data-testid="executive-summary">
      <caption className="mb-2 text-left text-slate-700">
        {formatMonth(periods.current.from)} compared with {formatMonth(periods.previous.from)} and{" "}
        {formatMonth(periods.lastYear.from)}
      </caption>
      <thead>
        <tr className="border-b-2 border-slate-400">
          <th scope="col" className="py-1 text-left">
            Measure
          </th>
          <th scope="col" className="py-1 text-right">
            {formatMonth(periods.current.from)}
          </th>
          <th scope="col" className="py-1 text-right">
            vs previous month
          </th>
          <th scope="col" className="py-1 text-right">
            vs same month last year
          </th>
        </tr>
      </thead>
      <tbody>
        {OVERVIEW_KPIS.map((def, k) => {
          const [value, previous, lastYear] = values[k]! as [number, number, number];
          return (
            <tr key={def.key} className="break-inside-avoid border-b border-slate-200" data-kpi={def.label}>
              <th scope="row" className="py-1 text-left font-normal">
                {def.label}
              </th>
              <td className="tabular py-1 text-right font-semibold" data-kpi-value>
                {formatNumber(value)}
              </td>
              <td className="py-1 text-right">{change(def.key, value, previous)}</td>
              <td className="py-1 text-right">{change(def.key, value, lastYear)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
