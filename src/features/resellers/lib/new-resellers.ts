import type { GroupedRow } from "../../../api/resources.ts";
import type { TableData } from "../../../components/data-table.tsx";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { formatBucket, formatNumber } from "../../../lib/format.ts";
import { bucketStart, bucketStarts } from "../../../lib/time-buckets.ts";

export interface NewResellerSeries {
  buckets: string[];
  values: number[];
}

/** New resellers per bucket over the whole range, zero where none started; "never" (null) dates are left out. */
export function newResellerSeries(rows: readonly GroupedRow<"indirectresellers">[], range: DayRange, grain: Grain): NewResellerSeries {
  const buckets = bucketStarts(range, grain);
  const index = new Map(buckets.map((bucket, i) => [bucket, i]));
  const values = buckets.map(() => 0);
  for (const row of rows) {
    const i = row.firstSubscriptionCreationDate ? index.get(bucketStart(row.firstSubscriptionCreationDate, grain)) : undefined;
    if (i !== undefined) values[i]! += row.indirectResellerCount ?? 0;
  }
  return { buckets, values };
}

/** The chart's numbers: each bucket beside the compared bucket at the same position. */
export function trendTable(current: NewResellerSeries, compared: NewResellerSeries | null, grain: Grain): TableData {
  const columns = compared ? ["Period", "New resellers", "Compared period", "New resellers (compared)"] : ["Period", "New resellers"];
  return {
    columns,
    rows: current.buckets.map((bucket, i) =>
      compared ? [bucket, current.values[i]!, compared.buckets[i] ?? null, compared.values[i] ?? null] : [bucket, current.values[i]!],
    ),
    formatCell: (value, column) => (value === null ? "—" : column % 2 === 0 ? formatBucket(String(value), grain) : formatNumber(Number(value))),
  };
}
