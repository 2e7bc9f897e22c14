import { describe, expect, test } from "vitest";
import { countSeries, countTable } from "./count-series.ts";

type Row = { createdDate: string | null; referralCount: number | null };
const dateOf = (row: Row) => row.createdDate;
const countOf = (row: Row) => row.referralCount;

describe("countSeries", () => {
  test("every bucket of the range, zero where no group came back; undated rows and null counts add nothing", () => {
    const rows: Row[] = [
      { createdDate: "2026-09-07T00:00:00.000Z", referralCount: 4 },
      { createdDate: "2026-09-09T00:00:00.000Z", referralCount: 2 },
      { createdDate: "2026-09-21T00:00:00.000Z", referralCount: 1 },
      { createdDate: "2026-09-22T00:00:00.000Z", referralCount: null },
      { createdDate: "2026-10-05T00:00:00.000Z", referralCount: 8 },
      { createdDate: null, referralCount: 7 },
    ];
    expect(countSeries(rows, { from: "2026-09-01", to: "2026-09-21" }, "week", dateOf, countOf)).toEqual({
      buckets: ["2026-08-31", "2026-09-07", "2026-09-14", "2026-09-21"],
      values: [0, 6, 0, 1],
    });
    expect(countSeries(rows, { from: "2026-08-01", to: "2026-10-31" }, "month", dateOf, countOf)).toEqual({
      buckets: ["2026-08-01", "2026-09-01", "2026-10-01"],
      values: [0, 7, 8],
    });
  });
});

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
