import { describe, expect, it } from "vitest";
import { resolveRange, todayUtc } from "./date-range.ts";
import { bucketStart, bucketStarts, partialBuckets, wholeBucketValues } from "./time-buckets.ts";

// The oracle for weeks: Monday is day 1 of 7, by the platform's weekday rather than the code under test.
const weekday = (day: string) => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

// Part of the calendar run: bucket edges must not move with the machine's zone or the day the tests run on.
describe("time buckets", () => {
  it("starts weeks on Monday and months on the 1st, across year ends and leap days", () => {
    expect(bucketStart("2027-01-01", "week")).toBe("2026-12-28");
    expect(bucketStart("2026-12-31T23:59:59", "week")).toBe("2026-12-28");
    expect(bucketStart("2028-02-29", "week")).toBe("2028-02-28");
    expect(bucketStart("2028-03-05", "week")).toBe("2028-02-28");
    expect(bucketStart("2028-02-29", "month")).toBe("2028-02-01");
    expect(bucketStart("2027-03-31", "day")).toBe("2027-03-31");
  });

  it("lists every bucket of a range, gaps included", () => {
    expect(bucketStarts({ from: "2028-02-27", to: "2028-03-01" }, "day")).toEqual([
      "2028-02-27",
      "2028-02-28",
      "2028-02-29",
      "2028-03-01",
    ]);
    expect(bucketStarts({ from: "2026-11-30", to: "2027-03-31" }, "month")).toEqual([
      "2026-11-01",
      "2026-12-01",
      "2027-01-01",
      "2027-02-01",
      "2027-03-01",
    ]);
    expect(bucketStarts({ from: "2026-12-31", to: "2027-01-11" }, "week")).toEqual([
      "2026-12-28",
      "2027-01-04",
      "2027-01-11",
    ]);
  });
  it("keeps only the buckets a range holds whole for trend lines", () => {
    // Wed 2026-09-02 .. Mon 2026-11-30: a five-day first week and a one-day last week.
    const range = { from: "2026-09-02", to: "2026-11-30" };
    const weeks = bucketStarts(range, "week");
    expect(weeks).toHaveLength(14);
    expect(wholeBucketValues(weeks, range, "week")).toEqual(weeks.slice(1, -1));
    // Whole weeks and whole months stay whole; days are always whole.
    const mondays = { from: "2026-08-31", to: "2026-11-29" };
    expect(wholeBucketValues(bucketStarts(mondays, "week"), mondays, "week")).toHaveLength(13);
    const quarter = { from: "2026-08-01", to: "2026-10-31" };
    expect(wholeBucketValues([1, 2, 3], quarter, "month")).toEqual([1, 2, 3]);
    expect(wholeBucketValues([1, 2, 3], { from: "2026-08-02", to: "2026-10-30" }, "month")).toEqual([2]);
    expect(wholeBucketValues([5, 6], range, "day")).toEqual([5, 6]);
    // A range inside one partial bucket keeps nothing rather than a misleading point.
    expect(wholeBucketValues([7], { from: "2026-11-03", to: "2026-11-04" }, "week")).toEqual([]);
  });

  it("says which buckets a range cuts and how many of their days it holds", () => {
    const range = { from: "2026-09-02", to: "2026-11-30" };
    expect([...partialBuckets(range, "week")]).toEqual([
      ["2026-08-31", { days: 5, of: 7 }],
      ["2026-11-30", { days: 1, of: 7 }],
    ]);
    // November ends on the 30th: the range holds it whole.
    expect([...partialBuckets(range, "month")]).toEqual([["2026-09-01", { days: 29, of: 30 }]]);
    expect([...partialBuckets({ from: "2028-02-10", to: "2028-02-29" }, "month")]).toEqual([
      ["2028-02-01", { days: 20, of: 29 }],
    ]);
    expect([...partialBuckets({ from: "2026-11-03", to: "2026-11-04" }, "week")]).toEqual([
      ["2026-11-02", { days: 2, of: 7 }],
    ]);
    expect(partialBuckets({ from: "2026-08-01", to: "2026-10-31" }, "month").size).toBe(0);
    expect(partialBuckets({ from: "2026-08-31", to: "2026-11-29" }, "week").size).toBe(0);
    expect(partialBuckets(range, "day").size).toBe(0);
  });

  // "Last 90 days" cuts its weeks differently on every day: on two fixed days, and on the day the run pins.
  it.each(["2026-11-30", "2028-02-29", todayUtc()])("cuts the weeks of Last 90 days ending %s", (today) => {
    const range = resolveRange({ preset: "last-90-days" }, today);
    const expected = new Map<string, { days: number; of: number }>();
    const firstDays = 8 - weekday(range.from);
    if (firstDays < 7) expected.set(bucketStart(range.from, "week"), { days: firstDays, of: 7 });
    if (weekday(range.to) < 7)
      expected.set(bucketStart(range.to, "week"), { days: weekday(range.to), of: 7 });
    expect(partialBuckets(range, "week")).toEqual(expected);
  });
});
