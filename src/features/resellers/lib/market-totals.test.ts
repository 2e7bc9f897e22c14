import { expect, test } from "vitest";
import { snapshotTotals } from "./market-totals.ts";

test("snapshotTotals adds resellers, subscriptions and licences over the markets", () => {
  const rows = [
    { market: "US", indirectResellerCount: 11, subscriptionCount: 300, licenseCount: 4000 },
    { market: "DE", indirectResellerCount: 3, subscriptionCount: 40, licenseCount: 500 },
    { market: "BR", indirectResellerCount: 3, subscriptionCount: null, licenseCount: 20 },
    { market: null, indirectResellerCount: 1, subscriptionCount: 0, licenseCount: 0 },
  ];
  expect(snapshotTotals(rows)).toEqual({ resellers: 18, subscriptions: 340, licences: 4520 });
});
