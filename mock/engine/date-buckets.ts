import { DAY_MS, weekday } from "./dates.ts";
import type { AggregationLevel } from "./resources.ts";

export interface DateBuckets {
  /** Per matched row: 0 for an unset date, otherwise 1 + (bucket's first day - first bucket's day). */
  readonly parts: Int32Array;
  readonly cardinality: number;
  /** Epoch ms of a part's bucket (its first day), or NaN for part 0. */
  readonly labelMs: (part: number) => number;
}

/**
 * Puts each matched row's date into a day / week / month bucket labelled by the bucket's first day.
 * "dateRange" (the subscriptions' documented default) makes one bucket for the whole matched range,
 * labelled by its first day. A lookup table over the matched day range turns the per-row work into one
 * array read, which keeps month grouping over a million usage rows cheap.
 */
export function bucketDates(
  values: Float64Array,
  rows: Int32Array,
  level: AggregationLevel | "dateRange",
  weekStartsOn: 0 | 1,
): DateBuckets {
  // A local copy: reading an imported binding in a hot loop costs a getter call per row under tsx.
  const dayMs = DAY_MS;
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let j = 0; j < rows.length; j++) {
    const day = Math.floor((values[rows[j] ?? 0] ?? Number.NaN) / dayMs);
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
  }
  const parts = new Int32Array(rows.length);
  if (minDay === Infinity) return { parts, cardinality: 1, labelMs: () => Number.NaN };

  const lookup = new Int32Array(maxDay - minDay + 1);
  for (let offset = 0; offset < lookup.length; offset++) {
    const day = minDay + offset;
    if (level === "day") lookup[offset] = day;
    else if (level === "week") lookup[offset] = day - ((weekday(day) - weekStartsOn + 7) % 7);
    else if (level === "month") lookup[offset] = day - (new Date(day * DAY_MS).getUTCDate() - 1);
    else lookup[offset] = minDay;
  }
  const firstBucket = lookup[0] ?? minDay;
  for (let j = 0; j < rows.length; j++) {
    const ms = values[rows[j] ?? 0] ?? Number.NaN;
    if (!Number.isNaN(ms))
      parts[j] = (lookup[Math.floor(ms / dayMs) - minDay] ?? firstBucket) - firstBucket + 1;
  }
  return {
    parts,
    cardinality: maxDay - firstBucket + 2,
    labelMs: (part) => (part === 0 ? Number.NaN : (firstBucket + part - 1) * DAY_MS),
  };
}
