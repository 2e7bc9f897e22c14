// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { lastFullMonth, monthRange, parseReportParams } from "../features/report/report-params.ts";
import {
  CALENDAR_DAYS,
  CALENDAR_ZONES,
  daysBefore,
  expectedRanges,
  instantIn,
  usDay,
  type CalendarZone,
} from "../testing/calendar.ts";
import { comparisonRange, resolveRange, todayUtc, type DayRange, type RangePreset } from "./date-range.ts";
import { formatDayRange } from "./format.ts";
import { TodayProvider, useToday } from "./today.tsx";

// The calendar run (docs/testing.md) runs this file once per hard day and zone, with DEMO_TODAY and TZ set; a
// plain `vitest run` walks every hard day in the machine's zone.
const zone = (CALENDAR_ZONES as readonly string[]).includes(process.env.TZ ?? "")
  ? (process.env.TZ as CalendarZone)
  : "UTC";
const days = process.env.DEMO_TODAY ? [process.env.DEMO_TODAY] : CALENDAR_DAYS;

type Resolver = (preset: RangePreset, today: string) => DayRange;
const PRESETS = {
  "last-month": "lastMonth",
  "last-3-months": "last3Months",
  "month-to-date": "monthToDate",
  "quarter-to-date": "quarterToDate",
  "year-to-date": "yearToDate",
  "last-7-days": "last7Days",
  "last-30-days": "last30Days",
} as const satisfies Partial<Record<RangePreset, keyof ReturnType<typeof expectedRanges>>>;

/** Every preset whose range differs from the oracle's, as "preset: got ≠ want". */
function mismatches(resolve: Resolver, today: string): string[] {
  const want = expectedRanges(today);
  return Object.entries(PRESETS).flatMap(([preset, key]) => {
    const got = resolve(preset as RangePreset, today);
    return JSON.stringify(got) === JSON.stringify(want[key])
      ? []
      : [`${preset}: ${got.from}..${got.to} ≠ ${want[key].from}..${want[key].to}`];
  });
}
const resolvePreset: Resolver = (preset, today) => resolveRange({ preset }, today);

describe.each(days)(`on %s in ${zone}`, (day) => {
  beforeAll(() => void vi.setSystemTime(instantIn(day, zone)));
  afterAll(() => void vi.useRealTimers());

  it("counts from the UTC day, though the wall clock here may show another date", () => {
    const local = new Date();
    const wall = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, "0")}-${String(local.getDate()).padStart(2, "0")}`;
    if (zone !== "UTC" && process.env.TZ === zone)
      expect(wall, "the zone is in effect: the instant is another local date").not.toBe(day);
    expect(todayUtc()).toBe(day);
    expect(renderHook(() => useToday()).result.current).toBe(day);
    expect(
      renderHook(() => useToday(), {
        wrapper: ({ children }) => <TodayProvider day="2028-02-29">{children}</TodayProvider>,
      }).result.current,
    ).toBe("2028-02-29");
  });

  it("resolves every relative range as the oracle does", () => {
    expect(mismatches(resolvePreset, day)).toEqual([]);
  });

  it("compares whole months with the month before and the same month a year earlier", () => {
    const want = expectedRanges(day);
    expect(comparisonRange(want.lastMonth, "previous")).toEqual(want.lastMonthPrevious);
    expect(comparisonRange(want.lastMonth, "year")).toEqual(want.lastMonthLastYear);
    expect(comparisonRange(want.monthToDate, "previous")).toEqual(want.monthToDatePrevious);
  });

  it("defaults the report to the last whole month and refuses the month after this one", () => {
    const want = expectedRanges(day);
    expect(lastFullMonth(day)).toBe(want.reportMonth);
    expect(monthRange(want.reportMonth)).toEqual(want.lastMonth);
    expect(parseReportParams("", day).month).toBe(want.reportMonth);
    expect(parseReportParams(`month=${day.slice(0, 7)}`, day)).toMatchObject({
      month: day.slice(0, 7),
      rejected: [],
    });
    expect(parseReportParams(`month=${want.nextMonth}`, day)).toMatchObject({
      month: want.reportMonth,
      rejected: [{ param: "month", value: want.nextMonth }],
    });
  });

  it("prints the ranges' days unshifted by the zone", () => {
    const want = expectedRanges(day);
    expect(formatDayRange(want.lastMonth)).toBe(
      `${usDay(want.lastMonth.from)} – ${usDay(want.lastMonth.to)}`,
    );
    expect(formatDayRange(want.monthToDate)).toBe(`${usDay(want.monthToDate.from)} – ${usDay(day)}`);
  });

  it("would notice a range that is off by one day", () => {
    const shifted =
      (edge: "from" | "to", by: number): Resolver =>
      (preset, today) => {
        const range = resolveRange({ preset }, today);
        return { ...range, [edge]: daysBefore(range[edge], by) };
      };
    for (const broken of [shifted("to", 1), shifted("to", -1), shifted("from", 1), shifted("from", -1)])
      expect(mismatches(broken, day)).not.toEqual([]);
  });
});
