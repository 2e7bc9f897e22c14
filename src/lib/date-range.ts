import {
  addDays,
  addMonths,
  daysBetween,
  endOfMonth,
  monthsSpanned,
  parseDay,
  startOfMonth,
  startOfQuarter,
  startOfYear,
  utcDayOf,
} from "./utc-days.ts";

export { parseDay };

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

const ABSOLUTE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/** Today's UTC day: the day Partner Center dates its data by (see today.tsx). */
export function todayUtc(now = new Date()): string {
  return utcDayOf(now);
}

/** Parses the URL form of a range: a preset token or `YYYY-MM-DD..YYYY-MM-DD` (from ≤ to, at most 5 years). */
export function parseRange(text: string): RangeSpec | null {
  // Own keys only: "constructor" or "__proto__" are in every object, and once blanked the app (issue 14).
  if (Object.hasOwn(RANGE_PRESETS, text)) return { preset: text as RangePreset };
  const match = ABSOLUTE.exec(text);
  if (!match) return null;
  const from = parseDay(match[1]!);
  const to = parseDay(match[2]!);
  if (!from || !to || from > to || daysBetween(from, to) > 366 * 5) return null;
  return { from, to };
}

export function formatRange(spec: RangeSpec): string {
  return "preset" in spec ? spec.preset : `${spec.from}..${spec.to}`;
}

/** Full months for "last-N-months" and "last-month" (what a monthly review compares); days end today. */
export function resolveRange(spec: RangeSpec, today: string): DayRange {
  if (!("preset" in spec)) return { from: spec.from, to: spec.to };
  const lastFullMonths = (n: number) => ({
    from: startOfMonth(addMonths(today, -n)),
    to: endOfMonth(addMonths(today, -1)),
  });
  switch (spec.preset) {
    case "last-7-days":
      return { from: addDays(today, -6), to: today };
    case "last-30-days":
      return { from: addDays(today, -29), to: today };
    case "last-90-days":
      return { from: addDays(today, -89), to: today };
    case "month-to-date":
      return { from: startOfMonth(today), to: today };
    case "last-month":
      return lastFullMonths(1);
    case "last-3-months":
      return lastFullMonths(3);
    case "last-6-months":
      return lastFullMonths(6);
    case "last-12-months":
      return lastFullMonths(12);
    case "quarter-to-date":
      return { from: startOfQuarter(today), to: today };
    case "year-to-date":
      return { from: startOfYear(today), to: today };
  }
}

export function rangeLengthDays(range: DayRange): number {
  return daysBetween(range.from, range.to) + 1;
}

const isWholeMonths = (range: DayRange) =>
  startOfMonth(range.from) === range.from && endOfMonth(range.to) === range.to;

/** The range moved by `by` times its own length: whole months stay whole months, other ranges move by days. */
function shiftRange(range: DayRange, by: number): DayRange {
  if (isWholeMonths(range)) {
    const months = monthsSpanned(range.from, range.to) * by;
    return { from: addMonths(range.from, months), to: endOfMonth(addMonths(range.to, months)) };
  }
  const days = rangeLengthDays(range) * by;
  return { from: addDays(range.from, days), to: addDays(range.to, days) };
}

/** The period a range is compared with: the one just before it (same length, whole months stay months) or a year earlier. */
export function comparisonRange(range: DayRange, compare: Compare): DayRange | null {
  if (compare === "none") return null;
  // A year earlier; whole months stay whole, so February 2029 is compared with all 29 days of February 2028.
  if (compare === "year")
    return {
      from: addMonths(range.from, -12),
      to: isWholeMonths(range) ? endOfMonth(addMonths(range.to, -12)) : addMonths(range.to, -12),
    };
  return shiftRange(range, -1);
}

/** ←/→ in the filter bar: the range moved by its own length, as an absolute range. */
export function stepRange(range: DayRange, direction: -1 | 1): DayRange {
  return shiftRange(range, direction);
}

/**
 * Automatic granularity aims at a readable trend, not at every point the API can give: at most about 60 buckets, and
 * no daily weekend saw-tooth beyond a month. Days up to 31 days (≤ 31 points), weeks up to 184 days (six whole
 * months, ≤ 28 points), months beyond (≤ 61 points for the longest range a link may hold, five years).
 * docs/architecture.md, "Granularity", keeps these thresholds.
 */
export const AUTO_GRAIN_MAX_DAYS = { day: 31, week: 184 } as const;

export function autoGrain(range: DayRange): Grain {
  const days = rangeLengthDays(range);
  return days <= AUTO_GRAIN_MAX_DAYS.day ? "day" : days <= AUTO_GRAIN_MAX_DAYS.week ? "week" : "month";
}

/** A grain the user chose, unless it would draw too many points (more than 1,000 days). */
export function effectiveGrain(range: DayRange, grain: Grain | "auto"): Grain {
  if (grain === "auto") return autoGrain(range);
  return grain === "day" && rangeLengthDays(range) > 1000 ? "week" : grain;
}

/** Start of the day after `to`: the exclusive upper bound used in API filters. */
export function dayAfter(text: string): string {
  return addDays(text, 1);
}
