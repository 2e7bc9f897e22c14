import { describe, expect, test } from "vitest";
import { delayStats, weightedPercentile } from "./durations.ts";

describe("weightedPercentile", () => {
  test("nearest rank over weights", () => {
    const points = [
      { value: 5, weight: 1 },
      { value: 1, weight: 2 },
      { value: 3, weight: 1 },
    ];
    expect(weightedPercentile(points, 0.5)).toBe(1);
    expect(weightedPercentile(points, 0.75)).toBe(3);
    expect(weightedPercentile(points, 1)).toBe(5);
  });

  test("no weight, no percentile", () => {
    expect(weightedPercentile([], 0.5)).toBeNull();
    expect(weightedPercentile([{ value: 4, weight: 0 }], 0.5)).toBeNull();
  });
});

describe("delayStats", () => {
  const day = (d: number) => `2026-09-${String(d).padStart(2, "0")}T00:00:00.000Z`;
  const rows = [
    { createdDate: day(1), acceptedDate: day(1), wonDate: day(21), referralCount: 3 },
    { createdDate: day(1), acceptedDate: day(3), wonDate: null, referralCount: 1 },
    { createdDate: day(2), acceptedDate: day(4), wonDate: day(30), referralCount: 2 },
    { createdDate: day(2), acceptedDate: null, wonDate: null, referralCount: 9 },
  ];

  test("days between the created and milestone buckets, weighted by the referrals in each group", () => {
    expect(delayStats(rows, "acceptedDate")).toEqual({ median: 0, p25: 0, p75: 2, count: 6 });
    expect(delayStats(rows, "wonDate")).toEqual({ median: 20, p25: 20, p75: 28, count: 5 });
  });

  test("nothing reached the milestone", () => {
    expect(delayStats(rows.slice(3), "wonDate")).toBeNull();
  });
});
