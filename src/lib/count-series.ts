import type { TableData } from "./card-data.ts";
import type { Grain } from "./date-range.ts";
import { formatBucket, formatNumber } from "./format.ts";

/** A count per bucket (bucketTotals over bucketStarts). */
export interface CountSeries {
  buckets: readonly string[];
  values: readonly number[];
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
