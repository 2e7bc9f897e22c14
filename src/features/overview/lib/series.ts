import type { Grain } from "../../../lib/date-range.ts";
import { bucketStart, bucketStarts } from "../../../lib/time-buckets.ts";
import type { DayRange } from "../../../lib/date-range.ts";

/** Grouped rows (date bucket + measure) as one value per bucket of the range; missing buckets are zero. */
export function toSeries(
  rows: readonly Record<string, unknown>[],
  dateField: string,
  measure: string,
  range: DayRange,
  grain: Grain,
): number[] {
  const buckets = bucketStarts(range, grain);
  const index = new Map(buckets.map((b, i) => [b, i]));
  const values = buckets.map(() => 0);
  for (const row of rows) {
    const date = row[dateField];
    const value = row[measure];
    if (typeof date !== "string" || typeof value !== "number") continue;
    const i = index.get(bucketStart(date, grain));
    if (i !== undefined) values[i]! += value;
  }
  return values;
}

export const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** A KPI's value for one period from its grouped rows: distinct KPIs count groups, the rest add up the measure. */
export function kpiSeries(
  def: { dateField: string; measure: string; distinct?: string },
  rows: readonly Record<string, unknown>[],
  range: DayRange,
  grain: Grain,
): number[] {
  return def.distinct ? [rows.length] : toSeries(rows, def.dateField, def.measure, range, grain);
}
