import { describe, expect, test } from "vitest";
import { countTable } from "./count-series.ts";

describe("countTable", () => {
  const current = { buckets: ["2026-09-01", "2026-10-01"], values: [3, 5] };
  test("compared buckets line up by position", () => {
    const table = countTable(
      current,
      { buckets: ["2026-07-01", "2026-08-01"], values: [2, 0] },
      "month",
      "Created",
    );
    expect(table.columns).toEqual(["Period", "Created", "Compared period", "Created (compared)"]);
    expect(table.rows).toEqual([
      ["2026-09-01", 3, "2026-07-01", 2],
      ["2026-10-01", 5, "2026-08-01", 0],
    ]);
    expect(table.formatCell!("2026-09-01", 2)).toBe("Sep 26");
    expect(table.formatCell!(1234, 1)).toBe("1,234");
  });

  test("without comparison only the period's numbers", () => {
    expect(countTable(current, null, "month", "Created").rows).toEqual([
      ["2026-09-01", 3],
      ["2026-10-01", 5],
    ]);
  });
});
