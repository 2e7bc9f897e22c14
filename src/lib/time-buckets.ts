import type { DayRange, Grain } from "./date-range.ts";
import { addDays, addMonths, daysBetween, startOfMonth, startOfWeek } from "./utc-days.ts";

/** The first day of the bucket holding `day` (weeks start on Monday, as the API's buckets do). */
export function bucketStart(day: string, grain: Grain): string {
  const date = day.slice(0, 10);
  return grain === "day" ? date : grain === "week" ? startOfWeek(date) : startOfMonth(date);
}

const nextBucket = (start: string, grain: Grain) =>
  grain === "day" ? addDays(start, 1) : grain === "week" ? addDays(start, 7) : addMonths(start, 1);

/** Every bucket start from the one holding range.from to the one holding range.to, so gaps show as zero. */
export function bucketStarts(range: DayRange, grain: Grain): string[] {
  const out: string[] = [];
  let cursor = bucketStart(range.from, grain);
  const last = bucketStart(range.to, grain);
  for (let guard = 0; guard < 5000; guard++) {
    out.push(cursor);
    if (cursor >= last) break;
    cursor = nextBucket(cursor, grain);
  }
  return out;
}

/** How much of a bucket the range holds: `days` of its `of` days. */
export interface BucketShare {
  days: number;
  of: number;
}

/**
 * The buckets a range cuts, by start, with the share of each it holds: at most its first and its last (a range
 * from a Wednesday to a Monday holds 5 of its first week's 7 days and 1 of its last's). Whole buckets are absent,
 * and days are always whole. A bucket drawn as if whole falls at the edge where nothing fell, so charts mark these
 * and trend lines leave them out.
 */
export function partialBuckets(range: DayRange, grain: Grain): ReadonlyMap<string, BucketShare> {
  const out = new Map<string, BucketShare>();
  if (grain === "day") return out;
  for (const start of new Set([bucketStart(range.from, grain), bucketStart(range.to, grain)])) {
    const end = addDays(nextBucket(start, grain), -1);
    const from = range.from > start ? range.from : start;
    const to = range.to < end ? range.to : end;
    const share = { days: daysBetween(from, to) + 1, of: daysBetween(start, end) + 1 };
    if (share.days < share.of) out.set(start, share);
  }
  return out;
}

/**
 * The values of the buckets the range holds whole (values aligned with bucketStarts). A trend line drawn through
 * a cut bucket dips at the edge where nothing fell (the sparklines of "Last 90 days" on a Monday ended in a
 * one-day week). The totals keep every bucket; only trend lines use this.
 */
export function wholeBucketValues<T>(values: readonly T[], range: DayRange, grain: Grain): readonly T[] {
  const partial = partialBuckets(range, grain);
  const starts = bucketStarts(range, grain);
  return values.filter((_, i) => !partial.has(starts[i]!));
}
