import type { DayRange, Grain } from "./date-range.ts";
import { addDays, addMonths, startOfMonth, startOfWeek } from "./utc-days.ts";

/** The first day of the bucket holding `day` (weeks start on Monday, as the API's buckets do). */
export function bucketStart(day: string, grain: Grain): string {
  const date = day.slice(0, 10);
  return grain === "day" ? date : grain === "week" ? startOfWeek(date) : startOfMonth(date);
}

/** Every bucket start from the one holding range.from to the one holding range.to, so gaps show as zero. */
export function bucketStarts(range: DayRange, grain: Grain): string[] {
  const step = (day: string) =>
    grain === "day" ? addDays(day, 1) : grain === "week" ? addDays(day, 7) : addMonths(day, 1);
  const out: string[] = [];
  let cursor = bucketStart(range.from, grain);
  const last = bucketStart(range.to, grain);
  for (let guard = 0; guard < 5000; guard++) {
    out.push(cursor);
    if (cursor >= last) break;
    cursor = step(cursor);
  }
  return out;
}

/**
 * The values of the buckets the range holds whole. A range that cuts a week or month leaves its first or last
 * bucket with fewer days, and a trend line drawn through it dips at the edge where nothing fell (the sparklines
 * of "Last 90 days" on a Monday ended in a one-day week). The totals keep every bucket; only trend lines use this.
 */
export function wholeBucketValues<T>(values: readonly T[], range: DayRange, grain: Grain): readonly T[] {
  const first = bucketStart(range.from, grain) === range.from ? 0 : 1;
  const next = addDays(range.to, 1);
  const end = bucketStart(next, grain) === next ? values.length : values.length - 1;
  return values.slice(first, Math.max(first, end));
}
