import { describe, expect, it } from "vitest";
import { bucketStart, bucketStarts } from "./time-buckets.ts";

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
});
