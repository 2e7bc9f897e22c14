import type { TableData } from "./card-data.ts";
import type { DayRange, Grain } from "./date-range.ts";
import { formatBucket, formatNumber } from "./format.ts";
import { bucketStart, bucketStarts } from "./time-buckets.ts";

export interface CountSeries {
  buckets: string[];
  values: number[];
}

/**
 * A count per bucket over the whole range, zero where the API returned no group; rows without a date (the API's
 * "never") are left out.
 */
export function countSeries<Row>(
  rows: readonly Row[],
  range: DayRange,
  grain: Grain,
  dateOf: (row: Row) => string | null | undefined,
  countOf: (row: Row) => number | null | undefined,
): CountSeries {
  const buckets = bucketStarts(range, grain);
  const index = new Map(buckets.map((bucket, i) => [bucket, i]));
  const values = buckets.map(() => 0);
  for (const row of rows) {
    const date = dateOf(row);
    const i = date ? index.get(bucketStart(date, grain)) : undefined;
    if (i !== undefined) values[i]! += countOf(row) ?? 0;
  }
  return { buckets, values };
}

/** The chart's numbers: each bucket beside the compared bucket at the same position. */
export function countTable(
  current: CountSeries,
  compared: CountSeries | null,
  grain: Grain,
  measure: string,
): TableData {
  const columns = compared
    ? ["Period", measure, "Compared period", `${measure} (compared)`]
    : ["Period", measure];
  return {
    columns,
    rows: current.buckets.map((bucket, i) =>
      compared
        ? [bucket, current.values[i]!, compared.buckets[i] ?? null, compared.values[i] ?? null]
        : [bucket, current.values[i]!],
    ),
    formatCell: (value, column) =>
      value === null
        ? "—"
        : column % 2 === 0
          ? formatBucket(String(value), grain)
          : formatNumber(Number(value)),
  };
}
