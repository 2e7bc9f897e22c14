import { describe, expect, it } from "vitest";
import { trialFigures } from "./trials.ts";

describe("trialFigures", () => {
  const buckets = ["2026-01-01", "2026-02-01"];
  it("counts starts and conversions by their own dates and rates the range's cohort", () => {
    const starts = [
      { trialStartDate: "2026-01-01T00:00:00.000Z", subscriptionCount: 6 },
      { trialStartDate: "2026-02-01T00:00:00.000Z", subscriptionCount: 4 },
    ];
    const conversions = [{ trialToPaidConversionDate: "2026-01-01T00:00:00.000Z", subscriptionCount: 3 }];
    const converted = [{ trialStartDate: "2026-01-01T00:00:00.000Z", subscriptionCount: 2 }];
    const figures = trialFigures(starts, conversions, converted, buckets, "month");
    expect(figures.starts.values).toEqual([6, 4]);
    expect(figures.conversions.values).toEqual([3, 0]);
    expect(figures).toMatchObject({ cohortStarted: 10, cohortConverted: 2, conversionRate: 0.2 });
  });
  it("has no rate without trials", () => {
    expect(trialFigures([], [], [], buckets, "month").conversionRate).toBeNull();
  });
});
