import { useQueries, useQuery } from "@tanstack/react-query";
import { useApi } from "../../api/api-context.tsx";
import {
  Answered,
  changeText,
  ReportBlock,
  ReportChart,
  ReportTable,
} from "../../components/report-parts.tsx";
import type { DayRange } from "../../lib/date-range.ts";
import { formatMonth } from "../../lib/format.ts";
import { keyOf, measureOf, pivotSeries, type GroupRow, rowsOf } from "../../lib/grouped-series.ts";
import type { Change, ChangeSource, ReportMonth, ReportSection } from "../../lib/report-section.ts";
import { bucketStarts } from "../../lib/time-buckets.ts";
import { rowsOfUnit, unitOptions } from "./lib/units.ts";
import { categoryTrendQuery, meterFacetQuery, rankQuery } from "./queries.ts";

const TOP_UNITS = 3;
const MOVERS = 5;

/** The units the most meter categories are measured in (the page's rule for its default unit), ties in API order. */
export function topUnits(facetRows: readonly GroupRow[], n = TOP_UNITS): string[] {
  return unitOptions(facetRows)
    .map((option, i) => ({ ...option, i }))
    .sort((a, b) => b.categories - a.categories || a.i - b.i)
    .slice(0, n)
    .map((option) => option.unit);
}

export interface Mover {
  customer: string;
  current: number;
  previous: number;
  delta: number;
}

/** Each customer's quantity in one unit in two months; biggest increases and biggest decreases, ties by name. */
export function movers(current: readonly GroupRow[], previous: readonly GroupRow[], unit: string) {
  const totals = new Map<string, { current: number; previous: number }>();
  const add = (rows: readonly GroupRow[], which: "current" | "previous") => {
    for (const row of rowsOfUnit(rows, unit).rows) {
      const name = keyOf(row.customerName);
      const entry = totals.get(name) ?? { current: 0, previous: 0 };
      entry[which] += measureOf(row, "quantity");
      totals.set(name, entry);
    }
  };
  add(current, "current");
  add(previous, "previous");
  const all: Mover[] = [...totals].map(([customer, t]) => ({
    customer,
    ...t,
    delta: t.current - t.previous,
  }));
  const byName = (a: Mover, b: Mover) => (a.customer < b.customer ? -1 : 1);
  return {
    all,
    up: all
      .filter((m) => m.delta > 0)
      .sort((a, b) => b.delta - a.delta || byName(a, b))
      .slice(0, MOVERS),
    down: all
      .filter((m) => m.delta < 0)
      .sort((a, b) => a.delta - b.delta || byName(a, b))
      .slice(0, MOVERS),
  };
}

const usageChange = (unit: string, current: readonly GroupRow[], previous: readonly GroupRow[]): Change => {
  const { all } = movers(current, previous, unit);
  return {
    key: "azure-usage",
    measure: "Azure usage",
    unit,
    current: all.reduce((s, m) => s + m.current, 0),
    previous: all.reduce((s, m) => s + m.previous, 0),
    partKind: "customer",
    parts: all.map((m) => ({ name: m.customer, current: m.current, previous: m.previous })),
  };
};

const changes: ChangeSource = {
  first: (m, q) => [q["usage/azure"].grouped(meterFacetQuery(m.view, m.range))],
  then: (m, q, [facets = []]) => {
    const unit = topUnits(facets, 1)[0];
    if (!unit) return [];
    return [
      q["usage/azure"].grouped(rankQuery(m.view, m.range, unit, "customerName")),
      q["usage/azure"].grouped(rankQuery(m.view, m.previous, unit, "customerName")),
    ];
  },
  changes: ([facets = []], [current, previous]) => {
    const unit = topUnits(facets, 1)[0];
    return unit && current && previous ? [usageChange(unit, current, previous)] : [];
  },
};

function UnitTrend({ month, unit }: { month: ReportMonth; unit: string }) {
  const { queries } = useApi();
  const result = useQuery(
    queries["usage/azure"].grouped(categoryTrendQuery(month.view, month.trend, "month", unit)),
  );
  const buckets = bucketStarts(month.trend, "month");
  return (
    <Answered results={[result]} label={`usage in ${unit}`} height={210}>
      {() => (
        <ReportChart
          title={`${unit}, by meter category`}
          unit={unit}
          height={210}
          buckets={buckets}
          kind="stacked-bar"
          series={pivotSeries(rowsOfUnit(rowsOf(result.data), unit).rows, {
            dateField: "usageDate",
            keyField: "meterCategory",
            measure: "quantity",
            buckets,
            grain: "month",
            maxSeries: 4,
          })}
        />
      )}
    </Answered>
  );
}

function MoversTable({ title, list, testId }: { title: string; list: readonly Mover[]; testId: string }) {
  return (
    <ReportBlock title={title}>
      <ReportTable
        caption={title}
        testId={testId}
        columns={["Customer", "Previous", "This month", "Change"]}
        rows={list.map((m) => [
          m.customer,
          round(m.previous),
          round(m.current),
          changeText(round(m.current), round(m.previous)),
        ])}
        empty="No customer."
      />
    </ReportBlock>
  );
}
const round = (n: number) => Math.round(n * 100) / 100;

function Movers({ month, unit }: { month: ReportMonth; unit: string }) {
  const { queries } = useApi();
  const ask = (range: DayRange) =>
    queries["usage/azure"].grouped(rankQuery(month.view, range, unit, "customerName"));
  const results = useQueries({ queries: [ask(month.range), ask(month.previous)] });
  return (
    <Answered results={results} label="the top movers" height={160}>
      {() => {
        const { up, down } = movers(rowsOf(results[0].data), rowsOf(results[1].data), unit);
        return (
          <div data-movers-unit={unit}>
            <h3 className="mt-3 text-sm font-semibold">
              Top movers in {unit}: {formatMonth(month.range.from)} against {formatMonth(month.previous.from)}
            </h3>
            <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2 print:grid-cols-2">
              <MoversTable title="Largest increases" list={up} testId="movers-up" />
              <MoversTable title="Largest decreases" list={down} testId="movers-down" />
            </div>
          </div>
        );
      }}
    </Answered>
  );
}

function AzureUsageBody({ month }: { month: ReportMonth }) {
  const { queries } = useApi();
  const facets = useQuery(queries["usage/azure"].grouped(meterFacetQuery(month.view, month.range)));
  return (
    <Answered results={[facets]} label="the Azure usage units" height={300}>
      {() => {
        const units = topUnits(rowsOf(facets.data));
        if (!units.length)
          return <p className="text-sm">No Azure usage was recorded in {formatMonth(month.range.from)}.</p>;
        return (
          <>
            <div className="break-inside-avoid">
              <p className="mt-1 text-xs text-slate-700">
                The {units.length} meter units the most meter categories are measured in, over 13 months.
                Quantities are per unit; different units are never added together.
              </p>
              <div className="grid grid-cols-1 gap-x-3 sm:grid-cols-3 print:grid-cols-3">
                {units.map((unit) => (
                  <UnitTrend key={unit} month={month} unit={unit} />
                ))}
              </div>
            </div>
            <Movers month={month} unit={units[0]!} />
          </>
        );
      }}
    </Answered>
  );
}

export const azureUsageReportSection: ReportSection = {
  id: "azure-usage",
  title: "Azure usage",
  Body: AzureUsageBody,
  changes,
};
