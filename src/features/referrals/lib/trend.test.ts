import { describe, expect, test } from "vitest";
import { createdSeries, trendTable } from "./trend.ts";

describe("createdSeries", () => {
  test("every bucket of the range, zero where no group came back", () => {
    const rows = [
      { createdDate: "2026-09-07T00:00:00.000Z", referralCount: 4 },
      { createdDate: "2026-09-21T00:00:00.000Z", referralCount: 1 },
      { createdDate: null, referralCount: 7 },
    ];
    expect(createdSeries(rows, { from: "2026-09-01", to: "2026-09-21" }, "week")).toEqual({
      buckets: ["2026-08-31", "2026-09-07", "2026-09-14", "2026-09-21"],
      values: [0, 4, 0, 1],
    });
  });
});

describe("trendTable", () => {
  const current = { buckets: ["2026-09-01", "2026-10-01"], values: [3, 5] };
  test("compared buckets line up by position", () => {
    const table = trendTable(current, { buckets: ["2026-07-01", "2026-08-01"], values: [2, 0] }, "month");
    expect(table.columns).toEqual(["Period", "Created", "Compared period", "Created (compared)"]);
    expect(table.rows).toEqual([
      ["2026-09-01", 3, "2026-07-01", 2],
      ["2026-10-01", 5, "2026-08-01", 0],
    ]);
    expect(table.formatCell!("2026-09-01", 2)).toBe("Sep 26");
  });

  test("without comparison only the period's numbers", () => {
    expect(trendTable(current, null, "month").rows).toEqual([
      ["2026-09-01", 3],
      ["2026-10-01", 5],
    ]);
  });
});
