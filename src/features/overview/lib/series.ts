import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { bucketTotals, sumMeasure, type GroupRow } from "../../../lib/grouped-series.ts";
import { bucketStarts } from "../../../lib/time-buckets.ts";

export const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** A KPI's value for one period from its grouped rows: distinct KPIs count groups, the rest add up the measure. */
export function kpiSeries(
  def: { dateField: string; measure: string; distinct?: string },
  rows: readonly GroupRow[],
  range: DayRange,
  grain: Grain,
): number[] {
  return def.distinct
    ? [rows.length]
    : bucketTotals(rows, def.dateField, def.measure, bucketStarts(range, grain), grain);
}

/** A KPI per bucket from kpiTrendQuery's rows: a distinct KPI counts its rows (one per value and bucket) per bucket. */
export function kpiTrend(
  def: { dateField: string; measure: string; distinct?: string },
  rows: readonly GroupRow[],
  range: DayRange,
  grain: Grain,
): number[] {
  const buckets = bucketStarts(range, grain);
  if (!def.distinct) return bucketTotals(rows, def.dateField, def.measure, buckets, grain);
  const ones = rows.map((row) => ({ [def.dateField]: row[def.dateField], count: 1 }));
  return bucketTotals(ones, def.dateField, "count", buckets, grain);
}

/** A KPI's number over one period: its query already keeps to the period, so every row counts. */
export function kpiTotal(def: { measure: string; distinct?: string }, rows: readonly GroupRow[]): number {
  return def.distinct ? rows.length : sumMeasure(rows, def.measure);
}
