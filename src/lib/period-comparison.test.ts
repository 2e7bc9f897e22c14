import { describe, expect, it } from "vitest";
import { compareTotals, ratioOf } from "./period-comparison.ts";

describe("compareTotals", () => {
  it("gives the absolute and relative change", () => {
    expect(compareTotals(120, 100)).toEqual({ current: 120, previous: 100, delta: 20, ratio: 0.2 });
  });
  it("has no ratio against zero and no change without a comparison", () => {
    expect(compareTotals(5, 0)?.ratio).toBeNull();
    expect(compareTotals(5, null)).toBeNull();
    expect(compareTotals(5, undefined)).toBeNull();
  });
  it("shares only of a positive whole", () => {
    expect(ratioOf(1, 4)).toBe(0.25);
    expect(ratioOf(1, 0)).toBeNull();
  });
});
