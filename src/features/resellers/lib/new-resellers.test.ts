import { expect, test } from "vitest";
import { newResellerSeries, trendTable } from "./new-resellers.ts";

test("new resellers per bucket, zero-filled; never-sold resellers (null date) left out", () => {
  const rows = [
    { firstSubscriptionCreationDate: "2026-09-01T00:00:00.000Z", indirectResellerCount: 2 },
    { firstSubscriptionCreationDate: null, indirectResellerCount: 9 },
  ];
  const series = newResellerSeries(rows, { from: "2026-08-01", to: "2026-10-31" }, "month");
  expect(series).toEqual({ buckets: ["2026-08-01", "2026-09-01", "2026-10-01"], values: [0, 2, 0] });
  const before = newResellerSeries([], { from: "2026-05-01", to: "2026-07-31" }, "month");
  const table = trendTable(series, before, "month");
  expect(table.columns).toEqual(["Period", "New resellers", "Compared period", "New resellers (compared)"]);
  expect(table.rows[1]).toEqual(["2026-09-01", 2, "2026-06-01", 0]);
  expect(table.formatCell!("2026-06-01", 2)).toBe("Jun 26");
  expect(trendTable(series, null, "month").rows[1]).toEqual(["2026-09-01", 2]);
});
