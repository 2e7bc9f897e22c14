import { describe, expect, it } from "vitest";
import { formatNumber } from "./format.ts";
import {
  bucketTotals,
  keyOf,
  NOT_SET,
  optionValues,
  OTHER_KEY,
  pivotSeries,
  rankedItems,
  seriesTable,
  stackTotals,
  sumMeasure,
  topN,
  totalsBy,
} from "./grouped-series.ts";

const day = (d: string) => `${d}T00:00:00.000Z`;

describe("keyOf", () => {
  it("keeps unknown values as sent and names unset ones", () => {
    expect(keyOf("UNKNOWN")).toBe("UNKNOWN");
    expect(keyOf(false)).toBe("false");
    expect(keyOf(null)).toBe(NOT_SET);
    expect(keyOf("")).toBe(NOT_SET);
  });
});

describe("bucketTotals", () => {
  const buckets = ["2026-01-05", "2026-01-12", "2026-01-19"];
  it("places rows in the bucket holding their date and fills gaps with zero", () => {
    const rows = [
      { creationDate: day("2026-01-05"), subscriptionCount: 2 },
      { creationDate: day("2026-01-07"), subscriptionCount: 3 },
      { creationDate: day("2026-01-19"), subscriptionCount: 1 },
    ];
    expect(bucketTotals(rows, "creationDate", "subscriptionCount", buckets, "week")).toEqual([5, 0, 1]);
  });
  it("drops rows outside the buckets and rows without a date", () => {
    const rows = [
      { creationDate: day("2025-12-29"), subscriptionCount: 9 },
      { creationDate: null, subscriptionCount: 9 },
    ];
    expect(bucketTotals(rows, "creationDate", "subscriptionCount", buckets, "week")).toEqual([0, 0, 0]);
  });
});

describe("totals and top-N", () => {
  const rows = [
    { productName: "A", licenseCount: 5 },
    { productName: "B", licenseCount: 7 },
    { productName: "A", licenseCount: 4 },
    { productName: "C", licenseCount: 1 },
  ];
  it("sums per key, largest first", () => {
    expect(totalsBy(rows, "productName", "licenseCount")).toEqual([
      { key: "A", value: 9 },
      { key: "B", value: 7 },
      { key: "C", value: 1 },
    ]);
    expect(sumMeasure(rows, "licenseCount")).toBe(17);
  });
  it("says how much a top-N leaves out", () => {
    expect(topN(totalsBy(rows, "productName", "licenseCount"), 2)).toEqual({
      top: [
        { key: "A", value: 9 },
        { key: "B", value: 7 },
      ],
      restCount: 1,
      restValue: 1,
    });
  });
  it("labels ranked items from their first row", () => {
    const usage = [
      { subscriptionId: "s1", subscriptionName: "PRODUCTION", quantity: 3 },
      { subscriptionId: "s2", subscriptionName: "PRODUCTION", quantity: 5 },
    ];
    const ranked = rankedItems(
      usage,
      "subscriptionId",
      "quantity",
      1,
      (row) => `${String(row.subscriptionName)} #${String(row.subscriptionId)}`,
    );
    expect(ranked).toEqual({
      items: [{ key: "s2", label: "PRODUCTION #s2", value: 5 }],
      restCount: 1,
      count: 2,
    });
  });
  it("tells apart ranked items whose labels are the same with their short keys", () => {
    const usage = [
      {
        subscriptionId: "3f2a9c1e-aaaa-4000-8000-000000000001",
        subscriptionName: "DATA PLATFORM",
        quantity: 3,
      },
      {
        subscriptionId: "77b1d0aa-bbbb-4000-8000-000000000002",
        subscriptionName: "DATA PLATFORM",
        quantity: 5,
      },
    ];
    const ranked = rankedItems(usage, "subscriptionId", "quantity", 10, (row) =>
      String(row.subscriptionName),
    );
    expect(ranked.items.map((item) => item.label)).toEqual([
      "DATA PLATFORM · 77b1d0aa",
      "DATA PLATFORM · 3f2a9c1e",
    ]);
  });
});

describe("pivotSeries", () => {
  const buckets = ["2026-01-01", "2026-02-01"];
  const rows = [
    { creationDate: day("2026-01-01"), status: "SUSPENDED", subscriptionCount: 1 },
    { creationDate: day("2026-01-01"), status: "ACTIVE", subscriptionCount: 4 },
    { creationDate: day("2026-02-01"), status: "ACTIVE", subscriptionCount: 6 },
    { creationDate: day("2026-02-01"), status: "PENDING", subscriptionCount: 2 },
  ];
  it("puts documented keys first, then unknown ones as they come", () => {
    const series = pivotSeries(rows, {
      dateField: "creationDate",
      keyField: "status",
      measure: "subscriptionCount",
      buckets,
      grain: "month",
      order: ["ACTIVE", "SUSPENDED", "DEPROVISIONED"],
    });
    expect(series).toEqual([
      { key: "ACTIVE", label: "ACTIVE", values: [4, 6] },
      { key: "SUSPENDED", label: "SUSPENDED", values: [1, 0] },
      { key: "PENDING", label: "PENDING", values: [0, 2] },
    ]);
  });
  it("folds the smallest keys into Other beyond maxSeries, keeping the totals", () => {
    const series = pivotSeries(rows, {
      dateField: "creationDate",
      keyField: "status",
      measure: "subscriptionCount",
      buckets,
      grain: "month",
      maxSeries: 2,
    });
    expect(series.map((s) => s.key)).toEqual(["ACTIVE", OTHER_KEY]);
    expect(series[1]).toMatchObject({ label: "Other (2)", values: [1, 2] });
    expect(stackTotals(series, 2)).toEqual([5, 8]);
  });
});

describe("seriesTable", () => {
  it("gives one row per bucket with the chart's numbers, a total and the comparison", () => {
    const table = seriesTable(
      ["2026-01-01"],
      "month",
      [
        { key: "a", label: "A", values: [1200] },
        { key: "b", label: "B", values: [3] },
      ],
      {
        total: true,
        comparison: { label: "Earlier", values: [7] },
      },
    );
    expect(table.columns).toEqual(["Period", "A", "B", "Total", "Earlier"]);
    expect(table.rows[0]!.slice(1)).toEqual([1200, 3, 1203, 7]);
    expect(table.formatCell?.(1200, 1)).toBe(formatNumber(1200));
  });
});

describe("optionValues", () => {
  it("merges documented values with the ones returned, unset ones left out", () => {
    const rows = [
      { subscriptionType: "Windows" },
      { subscriptionType: "Office" },
      { subscriptionType: null },
    ];
    expect(optionValues(rows, "subscriptionType", ["Office", "Azure"])).toEqual([
      "Azure",
      "Office",
      "Windows",
    ]);
  });
});
