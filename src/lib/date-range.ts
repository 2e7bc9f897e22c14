import { UTCDate } from "@date-fns/utc";
import {
  addDays,
  addMonths,
  addYears,
  differenceInCalendarDays,
  endOfMonth,
  isValid,
  startOfMonth,
  startOfQuarter,
  startOfYear,
  subDays,
  subMonths,
} from "date-fns";

/** Relative ranges keep a shared link meaningful next month; they resolve against "today" when read. */
export const RANGE_PRESETS = {
  "last-7-days": "Last 7 days",
  "last-30-days": "Last 30 days",
  "last-90-days": "Last 90 days",
  "month-to-date": "Month to date",
  "last-month": "Last month",
  "last-3-months": "Last 3 months",
  "last-6-months": "Last 6 months",
  "last-12-months": "Last 12 months",
  "quarter-to-date": "Quarter to date",
  "year-to-date": "Year to date",
} as const;
export type RangePreset = keyof typeof RANGE_PRESETS;
export type RangeSpec = { preset: RangePreset } | { from: string; to: string };
export type Compare = "none" | "previous" | "year";
export type Grain = "day" | "week" | "month";

/** An inclusive range of whole UTC days, as YYYY-MM-DD strings. */
export interface DayRange {
  from: string;
  to: string;
}

/** YYYY-MM-DD of a UTC date. (date-fns' format would pull its whole locale into the first page.) */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const day = isoDay;
const ABSOLUTE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

export function parseDay(text: string): UTCDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new UTCDate(`${text}T00:00:00Z`);
  return isValid(date) && day(date) === text ? date : null;
}

export function todayUtc(now = new Date()): string {
  return day(new UTCDate(now));
}

/** Parses the URL form of a range: a preset token or `YYYY-MM-DD..YYYY-MM-DD` (from ≤ to, at most 5 years). */
export function parseRange(text: string): RangeSpec | null {
  if (text in RANGE_PRESETS) return { preset: text as RangePreset };
  const match = ABSOLUTE.exec(text);
  if (!match) return null;
  const from = parseDay(match[1]!);
  const to = parseDay(match[2]!);
  if (!from || !to || from > to || differenceInCalendarDays(to, from) > 366 * 5) return null;
  return { from: match[1]!, to: match[2]! };
}

export function formatRange(spec: RangeSpec): string {
  return "preset" in spec ? spec.preset : `${spec.from}..${spec.to}`;
}

/** Full months for "last-N-months" and "last-month" (what a monthly review compares); days end today. */
export function resolveRange(spec: RangeSpec, today: string): DayRange {
  if (!("preset" in spec)) return { from: spec.from, to: spec.to };
  const t = parseDay(today)!;
  const lastFullMonths = (n: number) => ({ from: day(startOfMonth(subMonths(t, n))), to: day(endOfMonth(subMonths(t, 1))) });
  switch (spec.preset) {
    case "last-7-days":
      return { from: day(subDays(t, 6)), to: today };
    case "last-30-days":
      return { from: day(subDays(t, 29)), to: today };
    case "last-90-days":
      return { from: day(subDays(t, 89)), to: today };
    case "month-to-date":
      return { from: day(startOfMonth(t)), to: today };
    case "last-month":
      return lastFullMonths(1);
    case "last-3-months":
      return lastFullMonths(3);
    case "last-6-months":
      return lastFullMonths(6);
    case "last-12-months":
      return lastFullMonths(12);
    case "quarter-to-date":
      return { from: day(startOfQuarter(t)), to: today };
    case "year-to-date":
      return { from: day(startOfYear(t)), to: today };
  }
}

export function rangeLengthDays(range: DayRange): number {
  return differenceInCalendarDays(parseDay(range.to)!, parseDay(range.from)!) + 1;
}

const isWholeMonths = (range: DayRange) => {
  const from = parseDay(range.from)!;
  const to = parseDay(range.to)!;
  return day(startOfMonth(from)) === range.from && day(endOfMonth(to)) === range.to;
};

/** The period a range is compared with: the one just before it (same length, whole months stay months) or a year earlier. */
export function comparisonRange(range: DayRange, compare: Compare): DayRange | null {
  const from = parseDay(range.from)!;
  const to = parseDay(range.to)!;
  if (compare === "none") return null;
  if (compare === "year") return { from: day(addYears(from, -1)), to: day(addYears(to, -1)) };
  if (isWholeMonths(range)) {
    const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
    return { from: day(subMonths(from, months)), to: day(endOfMonth(subMonths(to, months))) };
  }
  const length = rangeLengthDays(range);
  return { from: day(subDays(from, length)), to: day(subDays(to, length)) };
}

/** ←/→ in the filter bar: the range moved by its own length, as an absolute range. */
export function stepRange(range: DayRange, direction: -1 | 1): DayRange {
  if (isWholeMonths(range)) {
    const from = parseDay(range.from)!;
    const to = parseDay(range.to)!;
    const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
    return { from: day(addMonths(from, direction * months)), to: day(endOfMonth(addMonths(to, direction * months))) };
  }
  const length = rangeLengthDays(range) * direction;
  return { from: day(addDays(parseDay(range.from)!, length)), to: day(addDays(parseDay(range.to)!, length)) };
}

/** Charts stay under ~1,000 points per series: day up to 3 months, week up to a year, then month. */
export function autoGrain(range: DayRange): Grain {
  const days = rangeLengthDays(range);
  return days <= 92 ? "day" : days <= 366 ? "week" : "month";
}

/** A grain the user chose, unless it would draw too many points (more than 1,000 days). */
export function effectiveGrain(range: DayRange, grain: Grain | "auto"): Grain {
  if (grain === "auto") return autoGrain(range);
  return grain === "day" && rangeLengthDays(range) > 1000 ? "week" : grain;
}

/** Start of the day after `to`: the exclusive upper bound used in API filters. */
export function dayAfter(text: string): string {
  return day(addDays(parseDay(text)!, 1));
}
