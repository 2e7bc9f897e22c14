import { useQueries } from "@tanstack/react-query";
import { useApi } from "../../api/api-context.tsx";
import { Delta } from "../../components/delta.tsx";
import { Answered } from "../../components/report-parts.tsx";
import { Sparkline } from "../../components/sparkline.tsx";
import { formatMonth, formatNumber } from "../../lib/format.ts";
import type { MeasureKey } from "../../lib/measures.ts";
import type { ReportMonth, ReportSection } from "../../lib/report-section.ts";
import { groupedOptions } from "../../lib/use-groups.ts";
import { OVERVIEW_KPIS } from "./kpis.ts";
import { kpiTrend } from "./lib/series.ts";

/**
 * The month against an earlier one. When the earlier month returned no records, a delta would read as growth
 * from nothing (the demo keeps 13 whole months of usage, so a year earlier is often before its history starts):
 * the cell says so instead, in neutral grey.
 */
function change(measure: MeasureKey, value: number, base: number, baseMonth: string) {
  if (base === 0 && value !== 0)
    return (
      <span className="text-slate-600 dark:text-slate-400" data-no-base title={`No records in ${baseMonth}`}>
        none then
      </span>
    );
  return <Delta measure={measure} delta={value - base} ratio={base ? (value - base) / base : null} />;
}

/**
 * The overview's KPIs for the month against the month before and the same month a year earlier, each beside its
 * 13 months as a sparkline: one query per KPI over the 13 months, by month (a distinct count grouped by its field
 * as well, kpiTrendQuery).
 */
function ExecutiveSummary({ month }: { month: ReportMonth }) {
  const { queries } = useApi();
  const markets = month.view.filters.customerMarket;
  const results = useQueries({
    queries: OVERVIEW_KPIS.map((def) =>
      groupedOptions(queries, def.resource, def.trendQuery(month.trend, "month", markets)),
    ),
  });
  return (
    <Answered results={results} label="the executive summary" height={360}>
      {() => {
        const values = OVERVIEW_KPIS.map((def, k) =>
          kpiTrend(def, results[k]!.data!.rows, month.trend, "month"),
        );
        return (
          // Kept on one page: split, its measures would be read against a repeated header, away from the month.
          // On paper its rows stay one line each, so it fits under "What changed" on Letter as on A4.
          <table
            className="w-full border-collapse break-inside-avoid text-sm"
            data-testid="executive-summary"
          >
            <caption className="mb-1 text-left text-xs text-slate-700">
              {formatMonth(month.range.from)} compared with {formatMonth(month.previous.from)} and{" "}
              {formatMonth(month.lastYear.from)}; the line shows the 13 months from{" "}
              {formatMonth(month.lastYear.from)}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-400 text-xs">
                <th scope="col" className="py-0.5 text-left">
                  Measure
                </th>
                <th scope="col" className="py-0.5 text-right">
                  {formatMonth(month.range.from)}
                </th>
                <th scope="col" className="py-0.5 pl-2 text-right">
                  vs previous month
                </th>
                <th scope="col" className="py-0.5 pl-2 text-right">
                  vs same month last year
                </th>
                <th scope="col" className="hidden w-28 py-0.5 pl-3 text-left sm:table-cell print:table-cell">
                  13 months
                </th>
              </tr>
            </thead>
            <tbody>
              {OVERVIEW_KPIS.map((def, k) => {
                const series = values[k]!;
                const value = series.at(-1) ?? 0;
                return (
                  <tr
                    key={def.key}
                    className="break-inside-avoid border-b border-slate-200"
                    data-kpi={def.label}
                    data-kpi-months={series.join(",")}
                  >
                    <th scope="row" className="py-0.5 text-left font-normal print:whitespace-nowrap">
                      {def.label}
                    </th>
                    <td className="tabular py-0.5 text-right font-semibold" data-kpi-value>
                      {formatNumber(value)}
                    </td>
                    <td className="py-0.5 pl-2 text-right print:whitespace-nowrap">
                      {change(def.key, value, series.at(-2) ?? 0, formatMonth(month.previous.from))}
                    </td>
                    <td className="py-0.5 pl-2 text-right print:whitespace-nowrap">
                      {change(def.key, value, series[0] ?? 0, formatMonth(month.lastYear.from))}
                    </td>
                    <td
                      className="hidden py-0.5 pl-3 sm:table-cell print:table-cell"
                      data-report-chart={`${def.label}, 13 months`}
                    >
                      <Sparkline values={series} height={22} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      }}
    </Answered>
  );
}

export const executiveSummarySection: ReportSection = {
  id: "executive-summary",
  title: "Executive summary",
  Body: ExecutiveSummary,
};
