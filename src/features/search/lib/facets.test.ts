import { describe, expect, test } from "vitest";
import { facetItems, facetTable, isValueKey, seenValues } from "./facets.ts";

const rows = (views: Record<string, number>) =>
  Object.entries(views).map(([keywordProduct, searchResultPageViews]) => ({
    keywordProduct,
    searchResultPageViews,
  }));

describe("facetItems", () => {
  test("ranked by page views; past the limit the rest share one bar that is not a value", () => {
    const items = facetItems(rows({ Azure: 5, Teams: 9, Windows: 1, Security: 2 }), "keywordProduct", 3);
    expect(items.map((i) => [i.label, i.value])).toEqual([
      ["Teams", 9],
      ["Azure", 5],
      ["All others (2)", 3],
    ]);
    expect(items.map((i) => isValueKey(i.key))).toEqual([true, true, false]);
  });

  test("searches that named no value are shown as such and cannot be filtered on", () => {
    const [item] = facetItems([{ keywordCountry: null, searchResultPageViews: 7 }], "keywordCountry", 10);
    expect(item).toMatchObject({ label: "Not specified", value: 7 });
    expect(isValueKey(item!.key)).toBe(false);
  });

  test("values are kept exactly as they come, quotes and spaces included", () => {
    const [item] = facetItems(
      [{ keywordSearchText: ` O'Brien "cloud"`, searchResultPageViews: 1 }],
      "keywordSearchText",
      10,
    );
    expect(item).toMatchObject({ key: ` O'Brien "cloud"`, label: ` O'Brien "cloud"` });
  });
});

test("facetTable has the bars' labels and values", () => {
  const table = facetTable([{ key: "Azure", label: "Azure", value: 1500 }], "Product");
  expect(table.columns).toEqual(["Product", "Search result page views"]);
  expect(table.rows).toEqual([["Azure", 1500]]);
  expect(table.formatCell!(1500, 1)).toBe("1,500");
});

test("seenValues lists returned values, sorted, without nulls", () => {
  expect(seenValues([...rows({ Windows: 1, Azure: 1 }), { keywordProduct: null }], "keywordProduct")).toEqual(
    ["Azure", "Windows"],
  );
});
