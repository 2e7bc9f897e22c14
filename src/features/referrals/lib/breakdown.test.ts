import { describe, expect, test } from "vitest";
import { isValueKey, itemsTable, orgSizeItems, orgSizeLabel, seenValues, topItems } from "./breakdown.ts";

const markets = (counts: Record<string, number>) =>
  Object.entries(counts).map(([customerMarket, referralCount]) => ({ customerMarket, referralCount }));

describe("topItems", () => {
  test("largest first; the rest add up in one bar that is not a value", () => {
    const items = topItems(markets({ US: 5, DE: 9, FR: 1, NL: 2 }), "customerMarket", 3, "Other markets");
    expect(items.map((i) => [i.label, i.value])).toEqual([
      ["DE", 9],
      ["US", 5],
      ["Other markets (2)", 3],
    ]);
    expect(items.map((i) => isValueKey(i.key))).toEqual([true, true, false]);
  });

  test("a missing value is shown, not dropped, and cannot be filtered on", () => {
    const [item] = topItems([{ customerMarket: null, referralCount: 2 }], "customerMarket", 10, "Other");
    expect(item!.label).toBe("Not set");
    expect(isValueKey(item!.key)).toBe(false);
  });
});

describe("organisation sizes", () => {
  test("labels read as ranges; other shapes stay as they come", () => {
    expect(orgSizeLabel("10to50employees")).toBe("10–50 employees");
    expect(orgSizeLabel("1000plusemployees")).toBe("1000+ employees");
    expect(orgSizeLabel("Enterprise")).toBe("Enterprise");
  });

  test("smallest first, unknown shapes after", () => {
    const rows = [
      { customerOrgSize: "1000plusemployees", referralCount: 1 },
      { customerOrgSize: "Enterprise", referralCount: 5 },
      { customerOrgSize: "1to9employees", referralCount: 2 },
      { customerOrgSize: "51to250employees", referralCount: 3 },
    ];
    expect(orgSizeItems(rows).map((i) => i.key)).toEqual([
      "1to9employees",
      "51to250employees",
      "1000plusemployees",
      "Enterprise",
    ]);
  });
});

test("itemsTable has the bars' labels and values", () => {
  const table = itemsTable([{ key: "US", label: "US", value: 1200 }], "Customer market");
  expect(table.columns).toEqual(["Customer market", "Referrals"]);
  expect(table.rows).toEqual([["US", 1200]]);
  expect(table.formatCell!(1200, 1)).toBe("1,200");
});

test("seenValues lists the values returned, sorted, without nulls", () => {
  expect(
    seenValues([...markets({ US: 1, DE: 2 }), { customerMarket: null, referralCount: 1 }], "customerMarket"),
  ).toEqual(["DE", "US"]);
});
