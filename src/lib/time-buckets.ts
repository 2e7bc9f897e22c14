import { UTCDate } from "@date-fns/utc";
import { addDays, addMonths, addWeeks, startOfMonth, startOfWeek } from "date-fns";
import { isoDay, type DayRange, type Grain } from "./date-range.ts";

/** The first day of the bucket holding `day` (weeks start on Monday, as the API's buckets do). */
export function bucketStart(day: string, grain: Grain): string {
  const date = new UTCDate(`${day.slice(0, 10)}T00:00:00Z`);
  const start = grain === "day" ? date : grain === "week" ? startOfWeek(date, { weekStartsOn: 1 }) : startOfMonth(date);
  return isoDay(start);
}

/** Every bucket start from the one holding range.from to the one holding range.to, so gaps show as zero. */
export function bucketStarts(range: DayRange, grain: Grain): string[] {
  const step = grain === "day" ? addDays : grain === "week" ? addWeeks : addMonths;
  const out: string[] = [];
  let cursor = new UTCDate(`${bucketStart(range.from, grain)}T00:00:00Z`);
  const last = bucketStart(range.to, grain);
  for (let guard = 0; guard < 5000; guard++) {
    const label = isoDay(cursor);
    out.push(label);
    if (label >= last) break;
    cursor = step(cursor, 1);
  }
  return out;
}
