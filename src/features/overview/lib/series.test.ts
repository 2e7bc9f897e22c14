import { describe, expect, it } from "vitest";
import { kpiTrend } from "./series.ts";

const range = { from: "2026-08-01", to: "2026-10-31" };

describe("a KPI's trend", () => {
  it("sums a measure per month", () => {
    const def = { dateField: "creationDate", measure: "subscriptionCount" };
    const rows = [
      { creationDate: "2026-08-01T00:00:00", subscriptionCount: 3 },
      { creationDate: "2026-10-01T00:00:00", subscriptionCount: 4 },
    ];
    expect(kpiTrend(def, rows, range, "month")).toEqual([3, 0, 4]);
  });

  it("counts a distinct KPI's values per month, a value seen in two months once in each", () => {
    const def = { dateField: "usageDate", measure: "quantity", distinct: "subscriptionId" };
    const rows = [
      { subscriptionId: "a", usageDate: "2026-08-01T00:00:00", quantity: 5 },
      { subscriptionId: "b", usageDate: "2026-08-01T00:00:00", quantity: 0 },
      { subscriptionId: "a", usageDate: "2026-09-01T00:00:00", quantity: 2 },
      // Outside the range: not counted.
      { subscriptionId: "c", usageDate: "2026-11-01T00:00:00", quantity: 1 },
    ];
    expect(kpiTrend(def, rows, range, "month")).toEqual([2, 1, 0]);
  });
});
