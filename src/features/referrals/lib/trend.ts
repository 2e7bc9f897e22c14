import type { GroupedRow } from "../../../api/resources.ts";
import type { TableData } from "../../../components/data-table.tsx";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { formatBucket, formatNumber } from "../../../lib/format.ts";
import { bucketStart, bucketStarts } from "../../../lib/time-buckets.ts";

export interface CreatedSeries {
  buckets: string[];
  values: number[];
}

/** Referrals created per bucket over the whole range, with zeros where the API returned no group. */
export function createdSeries(rows: readonly GroupedRow<"referrals">[], range: DayRange, grain: Grain): CreatedSeries {
  const buckets = bucketStarts(range, grain);
  const index = new Map(buckets.map((bucket, i) => [bucket, i]));
  const values = buckets.map(() => 0);
  for (const row of rows) {
    const i = row.createdDate ? index.get(bucketStart(row.createdDate, grain)) : undefined;
    if (i !== undefined) values[i]! += row.referralCount ?? 0;
  }
  return { buckets, values };
}

/** The chart's numbers: each bucket beside the compared bucket at the same position. */
export function trendTable(current: CreatedSeries, compared: CreatedSeries | null, grain: Grain): TableData {
  const columns = compared ? ["Period", "Created", "Compared period", "Created (compared)"] : ["Period", "Created"];
  const rows = current.buckets.map((bucket, i) =>
    compared ? [bucket, current.values[i]!, compared.buckets[i] ?? null, compared.values[i] ?? null] : [bucket, current.values[i]!],
  );
  return {
    columns,
    rows,
    formatCell: (value, column) => (value === null ? "—" : column % 2 === 0 ? formatBucket(String(value), grain) : formatNumber(Number(value))),
  };
}
