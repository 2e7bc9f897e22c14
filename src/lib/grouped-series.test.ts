import { describe, expect, it } from "vitest";
import { formatNumber } from "./format.ts";
import {
  bucketTotals,
  isValueKey,
  keyOf,
  labelOf,
  NOT_SET,
  optionValues,
  OTHER_KEY,
  periodTotals,
  pivotSeries,
  rankedItems,
  rankedTable,
  seriesTable,
  stackTotals,
  sumMeasure,
  totalsBy,
  UNSET_KEY,
} from "./grouped-series.ts";

const day = (d: string) => `${d}T00:00:00.000Z`;

describe("keys and labels", () => {
  it("keeps unknown values as sent and gives unset ones a key no value can have", () => {
    expect(keyOf("UNKNOWN")).toBe("UNKNOWN");
    expect(keyOf(false)).toBe("false");
    expect(keyOf(null)).toBe(UNSET_KEY);
    expect(keyOf("")).toBe(UNSET_KEY);
    expect(keyOf(undefined)).toBe(UNSET_KEY);
  });
  it("reads an unset key as not set, and a value as itself, even one that looks like a label", () => {
    expect(labelOf(UNSET_KEY)).toBe(NOT_SET);
    expect(labelOf("(not set)")).toBe("(not set)");
    expect(labelOf(NOT_SET)).toBe(NOT_SET);
  });
  it("tells values from the unset and other keys", () => {
    expect([UNSET_KEY, OTHER_KEY, "US", NOT_SET, ""].map(isValueKey)).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
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
  it("adds nothing for a missing or non-numeric measure, and buckets months from any day", () => {
    const rows = [
      { createdDate: "2026-09-07T00:00:00.000Z", referralCount: 4 },
      { createdDate: "2026-09-21T00:00:00.000Z", referralCount: null },
      { createdDate: "2026-09-22T00:00:00.000Z", referralCount: "3" },
      { createdDate: "2026-10-05T00:00:00.000Z", referralCount: 8 },
    ];
    const months = ["2026-08-01", "2026-09-01", "2026-10-01"];
    expect(bucketTotals(rows, "createdDate", "referralCount", months, "month")).toEqual([0, 4, 8]);
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
  it("labels ranked items from their first row", () => {
    const usage = [
      { subscriptionId: "s1", subscriptionName: "PRODUCTION", quantity: 3 },
      { subscriptionId: "s2", subscriptionName: "PRODUCTION", quantity: 5 },
    ];
    const ranked = rankedItems(usage, {
      key: "subscriptionId",
      measure: "quantity",
      limit: 1,
      label: (row) => `${String(row.subscriptionName)} #${String(row.subscriptionId)}`,
    });
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
    const ranked = rankedItems(usage, {
      key: "subscriptionId",
      measure: "quantity",
      limit: 10,
      label: (row) => String(row.subscriptionName),
    });
    expect(ranked.items.map((item) => item.label)).toEqual([
      "DATA PLATFORM · 77b1d0aa",
      "DATA PLATFORM · 3f2a9c1e",
    ]);
  });
});

describe("rankedItems", () => {
  const markets = (counts: Record<string, number | null>) =>
    Object.entries(counts).map(([market, count]) => ({ market: market === "-" ? null : market, count }));
  const rank = (rows: ReturnType<typeof markets>, limit: number, other: boolean) =>
    rankedItems(rows, { key: "market", measure: "count", limit, other });

  it("ranks largest first and equal totals by label, whatever order the API sent", () => {
    const { items } = rank(markets({ US: 5, FR: 9, DE: 5, BR: 5 }), 10, true);
    expect(items.map((i) => [i.label, i.value])).toEqual([
      ["FR", 9],
      ["BR", 5],
      ["DE", 5],
      ["US", 5],
    ]);
  });

  it("with other, keeps limit - 1 and adds up the rest in one item that is not a value", () => {
    const ranked = rank(markets({ US: 5, DE: 9, FR: 1, NL: 2, "-": 4 }), 3, true);
    expect(ranked.items).toEqual([
      { key: "DE", label: "DE", value: 9 },
      { key: "US", label: "US", value: 5 },
      { key: OTHER_KEY, label: "Other (3)", value: 7 },
    ]);
    expect(ranked.items.reduce((sum, i) => sum + i.value, 0)).toBe(21);
    expect(ranked).toMatchObject({ restCount: 3, count: 5 });
  });

  it("without other, keeps limit and only counts the rest", () => {
    const ranked = rank(markets({ US: 5, DE: 9, FR: 1, NL: 2 }), 3, false);
    expect(ranked.items.map((i) => i.key)).toEqual(["DE", "US", "NL"]);
    expect(ranked).toMatchObject({ restCount: 1, count: 4 });
  });

  it("needs no other item when everything fits, and shows a missing value as not set", () => {
    const { items, restCount } = rank(markets({ US: 1, "-": 2, DE: null }), 3, true);
    expect(items).toEqual([
      { key: UNSET_KEY, label: NOT_SET, value: 2 },
      { key: "US", label: "US", value: 1 },
      { key: "DE", label: "DE", value: 0 },
    ]);
    expect(restCount).toBe(0);
  });

  it("sums the rows of one key before ranking", () => {
    const rows = [...markets({ US: 2, DE: 3 }), ...markets({ US: 2 })];
    expect(rank(rows, 10, false).items.map((i) => [i.key, i.value])).toEqual([
      ["US", 4],
      ["DE", 3],
    ]);
  });

  it("as a table: the label, then the formatted measure", () => {
    const table = rankedTable("Market", "Referrals", [{ key: "US", label: "US", value: 1200 }]);
    expect(table.columns).toEqual(["Market", "Referrals"]);
    expect(table.rows).toEqual([["US", 1200]]);
    expect(table.formatCell!(1200, 1)).toBe(formatNumber(1200));
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
  it("keeps an unset key as its own series, read as not set", () => {
    const series = pivotSeries([{ creationDate: day("2026-01-01"), status: null, subscriptionCount: 3 }], {
      dateField: "creationDate",
      keyField: "status",
      measure: "subscriptionCount",
      buckets,
      grain: "month",
    });
    expect(series).toEqual([{ key: UNSET_KEY, label: NOT_SET, values: [3, 0] }]);
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

describe("periodTotals", () => {
  it("adds a measure per group in both periods, most now first, ties by name, groups of either period kept", () => {
    const now = [
      { productName: "B", n: 2 },
      { productName: "A", n: 1 },
      { productName: "A", n: 1 },
      { productName: "", n: 5 },
    ];
    const before = [
      { productName: "A", n: 4 },
      { productName: "C", n: 3 },
    ];
    expect(periodTotals(now, before, "productName", "n")).toEqual([
      { name: keyOf(""), current: 5, previous: 0 },
      { name: "A", current: 2, previous: 4 },
      { name: "B", current: 2, previous: 0 },
      { name: "C", current: 0, previous: 3 },
    ]);
  });
});
