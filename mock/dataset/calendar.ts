import { DAY_MS, weekday } from "../engine/dates.ts";
import { WeightedPicker, type Rng } from "./prng.ts";

// Month-of-year demand: Microsoft's fiscal year ends in June and budgets flush in December; August is quiet.
const MONTH_FACTOR: readonly number[] = [1.05, 0.95, 1.05, 0.95, 1, 1.25, 1.1, 0.8, 1, 1, 1.05, 1.15];

const monthOf = (day: number): number => new Date(day * DAY_MS).getUTCMonth();
export const isWeekend = (day: number): boolean => weekday(day) === 0 || weekday(day) === 6;

/**
 * Same day of month `months` later (clamped to the month's end), as a day number. Computed in UTC by hand:
 * date-fns works in the local zone, which would make the dataset differ between machines.
 */
export function addMonthsToDay(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastOfMonth)) / DAY_MS;
}

/**
 * The first day of the month `months` before `day`'s month. History windows start there so the oldest month is
 * whole: a report comparing a month with the same month a year before never compares with a partial month.
 */
export function monthStartMonthsBefore(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1) / DAY_MS;
}

export interface ActivityShape {
  /** How much busier the last day is than the first (steady growth in between). */
  readonly growth: number;
  /** Weekend days' share of a weekday's activity. */
  readonly weekend: number;
}

function activityWeight(day: number, firstDay: number, lastDay: number, shape: ActivityShape): number {
  const progress = lastDay > firstDay ? (day - firstDay) / (lastDay - firstDay) : 1;
  const trend = Math.pow(shape.growth, progress);
  return trend * (MONTH_FACTOR[monthOf(day)] ?? 1) * (isWeekend(day) ? shape.weekend : 1);
}

/** Picks days in [firstDay, lastDay] with growth, seasonality and quiet weekends. */
export function dayPicker(firstDay: number, lastDay: number, shape: ActivityShape): WeightedPicker<number> {
  const entries: [number, number][] = [];
  for (let day = firstDay; day <= lastDay; day++)
    entries.push([day, activityWeight(day, firstDay, lastDay, shape)]);
  return new WeightedPicker(entries);
}

/** A moment on `day` during (mostly) business hours; `withMs` adds milliseconds like the .NET samples. */
export function momentOn(rng: Rng, day: number, withMs: boolean): number {
  const hour = rng.chance(0.85) ? rng.int(7, 18) : rng.int(0, 23);
  const seconds = hour * 3600 + rng.int(0, 3599);
  return day * DAY_MS + seconds * 1000 + (withMs ? rng.int(1, 999) : 0);
}
