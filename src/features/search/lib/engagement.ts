import type { GroupedRow } from "../../../api/resources.ts";
import type { TableData } from "../../../lib/card-data.ts";
import type { FunnelStep } from "../../../components/funnel.tsx";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { formatBucket, formatNumber, formatShare } from "../../../lib/format.ts";
import { bucketTotals, sumMeasure } from "../../../lib/grouped-series.ts";
import { bucketStarts } from "../../../lib/time-buckets.ts";

type Row = GroupedRow<"search">;

/** The funnel's order: each measure is a subset of the one before (a profile is viewed from a result page, …). */
export const MEASURES = [
  { key: "searchResultPageViews", label: "Search result page views", measure: "search-views" },
  { key: "profileViews", label: "Profile views", measure: "profile-views" },
  { key: "contactClicks", label: "Contact clicks", measure: "contact-clicks" },
  { key: "referralCount", label: "Referrals", measure: "search-referrals" },
] as const;
export type MeasureKey = (typeof MEASURES)[number]["key"];
export type Totals = Record<MeasureKey, number>;

export function totals(rows: readonly Row[]): Totals {
  return Object.fromEntries(MEASURES.map(({ key }) => [key, sumMeasure(rows, key)])) as Totals;
}

export function engagementFunnel(sums: Totals): FunnelStep[] {
  return MEASURES.map(({ key, label }) => ({ key, label, value: sums[key] }));
}

export function funnelTable(steps: readonly FunnelStep[]): TableData {
  return {
    columns: ["Step", "Count", "Of previous step"],
    rows: steps.map((step, i) => {
      const previous = i > 0 ? steps[i - 1]!.value : null;
      return [
        step.label,
        step.value,
        previous === null ? null : previous > 0 ? formatShare(step.value / previous) : "—",
      ];
    }),
    formatCell: (value, column) =>
      value === null ? "" : column === 1 ? formatNumber(Number(value)) : String(value),
  };
}

export interface MeasureSeries {
  buckets: string[];
  values: Record<MeasureKey, number[]>;
}

/** Each measure per bucket over the whole range, zero where the API returned no group. */
export function measureSeries(rows: readonly Row[], range: DayRange, grain: Grain): MeasureSeries {
  const buckets = bucketStarts(range, grain);
  const values = Object.fromEntries(
    MEASURES.map(({ key }) => [key, bucketTotals(rows, "searchDate", key, buckets, grain)]),
  ) as Record<MeasureKey, number[]>;
  return { buckets, values };
}

/** The small multiples' numbers: per bucket, each measure, then the compared bucket and its measures. */
export function trendTable(current: MeasureSeries, compared: MeasureSeries | null, grain: Grain): TableData {
  const labels = MEASURES.map((m) => m.label);
  const columns = [
    "Period",
    ...labels,
    ...(compared ? ["Compared period", ...labels.map((label) => `${label} (compared)`)] : []),
  ];
  const dateColumns = new Set([0, MEASURES.length + 1]);
  return {
    columns,
    rows: current.buckets.map((bucket, i) => [
      bucket,
      ...MEASURES.map(({ key }) => current.values[key][i]!),
      ...(compared
        ? [compared.buckets[i] ?? null, ...MEASURES.map(({ key }) => compared.values[key][i] ?? null)]
        : []),
    ]),
    formatCell: (value, column) =>
      value === null
        ? "—"
        : dateColumns.has(column)
          ? formatBucket(String(value), grain)
          : formatNumber(Number(value)),
  };
}
