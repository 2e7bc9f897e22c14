import { describe, expect, test } from "vitest";
import { isMarketKey, itemsTable, marketItems, seenMarkets, snapshotTotals } from "./market-totals.ts";

const rows = [
  { market: "US", indirectResellerCount: 11, subscriptionCount: 300, licenseCount: 4000 },
  { market: "DE", indirectResellerCount: 3, subscriptionCount: 40, licenseCount: 500 },
  { market: "BR", indirectResellerCount: 3, subscriptionCount: null, licenseCount: 20 },
  { market: null, indirectResellerCount: 1, subscriptionCount: 0, licenseCount: 0 },
];

test("snapshotTotals adds resellers, subscriptions and licences over the markets", () => {
  expect(snapshotTotals(rows)).toEqual({ resellers: 18, subscriptions: 340, licences: 4520 });
});

describe("marketItems", () => {
  test("largest first, ties by name; a missing market is shown and is not a filter", () => {
    const items = marketItems(rows, 10);
    expect(items.map((i) => [i.label, i.value])).toEqual([
      ["US", 11],
      ["BR", 3],
      ["DE", 3],
      ["No market", 1],
    ]);
    expect(items.map((i) => isMarketKey(i.key))).toEqual([true, true, true, false]);
  });

  test("past the limit the rest share one bar", () => {
    expect(marketItems(rows, 2).map((i) => [i.label, i.value])).toEqual([
      ["US", 11],
      ["Other markets (3)", 7],
    ]);
  });
});

test("itemsTable and seenMarkets", () => {
  const table = itemsTable([{ key: "US", label: "US", value: 1100 }], "Market", "Resellers");
  expect(table.columns).toEqual(["Market", "Resellers"]);
  expect(table.rows).toEqual([["US", 1100]]);
  expect(table.formatCell!(1100, 1)).toBe("1,100");
  expect(seenMarkets(rows)).toEqual(["BR", "DE", "US"]);
});
