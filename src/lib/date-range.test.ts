import { describe, expect, it } from "vitest";
import {
  autoGrain,
  comparisonRange,
  effectiveGrain,
  formatRange,
  parseRange,
  RANGE_PRESETS,
  resolveRange,
  stepRange,
  type RangePreset,
  type RangeSpec,
} from "./date-range.ts";
import { bucketStarts } from "./time-buckets.ts";

const TODAY = "2026-11-25"; // a Wednesday in Q4

describe("relative ranges resolve against a fixed today", () => {
  it.each<[RangePreset, string, string]>([
    ["last-7-days", "2026-11-19", "2026-11-25"],
    ["last-30-days", "2026-10-27", "2026-11-25"],
    ["last-90-days", "2026-08-28", "2026-11-25"],
    ["month-to-date", "2026-11-01", "2026-11-25"],
    ["last-month", "2026-10-01", "2026-10-31"],
    ["last-3-months", "2026-08-01", "2026-10-31"],
    ["last-6-months", "2026-05-01", "2026-10-31"],
    ["last-12-months", "2025-11-01", "2026-10-31"],
    ["quarter-to-date", "2026-10-01", "2026-11-25"],
    ["year-to-date", "2026-01-01", "2026-11-25"],
  ])("%s → %s..%s", (preset, from, to) => {
    expect(resolveRange({ preset }, TODAY)).toEqual({ from, to });
  });

  it("keeps a shared link meaningful next month: the same token gives next month's range", () => {
    expect(resolveRange({ preset: "last-month" }, "2026-12-03")).toEqual({
      from: "2026-11-01",
      to: "2026-11-30",
    });
  });

  it("handles month ends and leap years", () => {
    expect(resolveRange({ preset: "last-month" }, "2028-03-31")).toEqual({
      from: "2028-02-01",
      to: "2028-02-29",
    });
  });
});

describe("absolute ranges", () => {
  it("parses valid ranges and refuses impossible ones", () => {
    expect(parseRange("2026-01-01..2026-03-31")).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    for (const bad of [
      "2026-02-30..2026-03-01",
      "2026-03-01..2026-01-01",
      "2026-1-1..2026-2-1",
      "yesterday",
      "2010-01-01..2026-01-01",
      "",
    ]) {
      expect(parseRange(bad), bad).toBeNull();
    }
  });
});

describe("comparison and stepping", () => {
  it("compares whole months with the months before, other ranges with the same number of days", () => {
    expect(comparisonRange({ from: "2026-08-01", to: "2026-10-31" }, "previous")).toEqual({
      from: "2026-05-01",
      to: "2026-07-31",
    });
    expect(comparisonRange({ from: "2026-10-27", to: "2026-11-25" }, "previous")).toEqual({
      from: "2026-09-27",
      to: "2026-10-26",
    });
    expect(comparisonRange({ from: "2026-10-27", to: "2026-11-25" }, "year")).toEqual({
      from: "2025-10-27",
      to: "2025-11-25",
    });
    expect(comparisonRange({ from: "2026-10-27", to: "2026-11-25" }, "none")).toBeNull();
  });

  it("keeps whole months whole a year earlier, leap days included", () => {
    expect(comparisonRange({ from: "2029-02-01", to: "2029-02-28" }, "year")).toEqual({
      from: "2028-02-01",
      to: "2028-02-29",
    });
    expect(comparisonRange({ from: "2028-02-01", to: "2028-02-29" }, "year")).toEqual({
      from: "2027-02-01",
      to: "2027-02-28",
    });
    expect(comparisonRange({ from: "2028-02-10", to: "2028-02-29" }, "year")).toEqual({
      from: "2027-02-10",
      to: "2027-02-28",
    });
    expect(stepRange({ from: "2028-01-01", to: "2028-02-29" }, 1)).toEqual({
      from: "2028-03-01",
      to: "2028-04-30",
    });
  });

  it("takes only its own preset names: Object.prototype's are not ranges", () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])
      expect(parseRange(name), name).toBeNull();
  });

  it("steps a range by its own length", () => {
    expect(stepRange({ from: "2026-10-01", to: "2026-10-31" }, -1)).toEqual({
      from: "2026-09-01",
      to: "2026-09-30",
    });
    expect(stepRange({ from: "2026-11-19", to: "2026-11-25" }, 1)).toEqual({
      from: "2026-11-26",
      to: "2026-12-02",
    });
  });

  it("picks the automatic grain by range length: days to a month, weeks to six months, then months", () => {
    expect(autoGrain({ from: "2026-10-01", to: "2026-10-31" })).toBe("day");
    expect(autoGrain({ from: "2026-09-01", to: "2026-10-02" })).toBe("week");
    expect(autoGrain({ from: "2026-08-01", to: "2026-10-31" })).toBe("week");
    expect(autoGrain({ from: "2026-07-01", to: "2026-12-31" })).toBe("week");
    expect(autoGrain({ from: "2026-07-01", to: "2027-01-01" })).toBe("month");
    expect(autoGrain({ from: "2025-11-01", to: "2026-10-31" })).toBe("month");
    expect(effectiveGrain({ from: "2022-01-01", to: "2026-10-31" }, "day")).toBe("week");
    expect(effectiveGrain({ from: "2025-11-01", to: "2026-10-31" }, "day")).toBe("day");
  });

  it("draws at most about 60 automatic buckets for every preset and the longest allowed range", () => {
    const specs: RangeSpec[] = [
      ...Object.keys(RANGE_PRESETS).map((preset) => ({ preset }) as RangeSpec),
      { from: "2021-11-01", to: "2026-10-31" },
    ];
    for (const today of ["2026-11-30", "2027-01-01", "2028-02-29", "2028-12-31"])
      for (const spec of specs) {
        const range = resolveRange(spec, today);
        expect(
          bucketStarts(range, autoGrain(range)).length,
          `${formatRange(spec)} on ${today}`,
        ).toBeLessThanOrEqual(61);
      }
  });
});
