import { Suspense, type ReactNode } from "react";
import type { Cell, Series } from "../lib/card-data.ts";
import { formatNumber, formatPercent, formatSigned } from "../lib/format.ts";
import { TimeSeriesChart } from "./lazy-charts.ts";
import { ErrorPanel, Skeleton } from "./states.tsx";

// The building blocks of the printed monthly report, shared by the sections each feature contributes.

interface Answer {
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

/** The first error, a skeleton while anything loads, else the content drawn from the answers. */
export function Answered({
  results,
  label,
  height,
  children,
}: {
  results: readonly Answer[];
  label: string;
  height: number;
  children: () => ReactNode;
}) {
  const failed = results.find((r) => r.error);
  if (failed)
    return (
      <ErrorPanel error={failed.error} onRetry={() => results.forEach((r) => r.error && void r.refetch())} />
    );
  if (results.some((r) => r.isPending)) return <Skeleton height={height} label={`Loading ${label}`} />;
  return <>{children()}</>;
}

export function ReportBlock({
  title,
  note,
  children,
}: {
  title: string;
  note?: string;
  children: ReactNode;
}) {
  return (
    <div className="mt-3 break-inside-avoid">
      <h3 className="text-sm font-semibold">{title}</h3>
      {note && <p className="text-xs text-slate-600">{note}</p>}
      <div className="mt-1">{children}</div>
    </div>
  );
}

interface ReportChartProps {
  title: string;
  buckets: readonly string[];
  series: readonly Series[];
  kind: "line" | "stacked-bar";
  height?: number;
  unit?: string;
}

/**
 * A monthly chart on paper: never animated (print captures the frame it is given), marked as a chart area so
 * the PDF test can find it and check that it holds drawn marks.
 */
export function ReportChart({ title, buckets, series, kind, height = 170, unit }: ReportChartProps) {
  return (
    <figure className="mt-3 break-inside-avoid" data-report-chart={title}>
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <Suspense fallback={<Skeleton height={height} label="Drawing the chart" />}>
        <TimeSeriesChart
          buckets={buckets}
          grain="month"
          series={series}
          kind={kind}
          height={height}
          unit={unit}
          animate={false}
        />
      </Suspense>
    </figure>
  );
}

interface ReportTableProps {
  caption: string;
  columns: readonly string[];
  /** Numbers are formatted here; text (a signed change, a share) is shown as given. */
  rows: readonly (readonly Cell[])[];
  empty: string;
  /** Said under the table, e.g. how many rows were left out. */
  footnote?: string;
  testId?: string;
}

/** A compact table for paper: small type, header repeated when it runs over a page break, rows kept whole. */
export function ReportTable({ caption, columns, rows, empty, footnote, testId }: ReportTableProps) {
  if (!rows.length) return <p className="text-sm text-slate-700">{empty}</p>;
  return (
    <>
      <table className="w-full border-collapse text-xs" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {columns.map((column, i) => (
              <th key={column} scope="col" className={`px-1 py-0.5 ${i === 0 ? "text-left" : "text-right"}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className="break-inside-avoid border-b border-slate-200">
              {row.map((value, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className="px-1 py-0.5 text-left font-normal">
                    {value ?? "—"}
                  </th>
                ) : (
                  <td key={c} className="tabular px-1 py-0.5 text-right">
                    {typeof value === "number" ? formatNumber(value) : (value ?? "—")}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {footnote && <p className="mt-0.5 text-xs text-slate-600">{footnote}</p>}
    </>
  );
}

/** "+12 (+3.4%)", "−5 (−100%)", "+3 (new)": a change for a table cell. */
export function changeText(current: number, previous: number): string {
  const delta = current - previous;
  const ratio = previous ? ` (${formatPercent(delta / previous)})` : delta ? " (new)" : "";
  return `${formatSigned(delta)}${ratio}`;
}
