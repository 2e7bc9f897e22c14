import { describe, expect, it } from "vitest";
import { formatDay } from "./format.ts";
import { DEFAULT_VIEW, type FilterDef } from "./view-state.ts";
import { NOT_SET, OTHER_KEY } from "./grouped-series.ts";
import {
  between,
  drillFor,
  emptyMessage,
  hasPageFilters,
  listFilter,
  withFilterValue,
  withFilterValues,
} from "./view-filters.ts";

const defs: FilterDef[] = [
  { param: "status", label: "Status", kind: "list", values: ["ACTIVE", "SUSPENDED"] },
  { param: "productName", label: "Product", kind: "list" },
];

describe("view filters", () => {
  it("adds a drilled value once", () => {
    const once = withFilterValue(DEFAULT_VIEW, "productName", "X");
    expect(once.filters).toEqual({ productName: ["X"] });
    expect(withFilterValue(once, "productName", "X")).toBe(once);
    expect(withFilterValue(once, "productName", "Y").filters).toEqual({ productName: ["X", "Y"] });
  });
  it("replaces or removes a list", () => {
    const view = withFilterValues(DEFAULT_VIEW, "meterUnit", ["1 Hour"]);
    expect(listFilter(view, "meterUnit")).toEqual(["1 Hour"]);
    expect(withFilterValues(view, "meterUnit", []).filters).toEqual({});
    expect(hasPageFilters(view)).toBe(true);
    expect(hasPageFilters(DEFAULT_VIEW)).toBe(false);
  });
  it("drills only into values the URL filter accepts", () => {
    const written: unknown[] = [];
    const drill = drillFor(defs, DEFAULT_VIEW, (next) => written.push(next.filters));
    expect(drill.can("status", "ACTIVE")).toBe(true);
    expect(drill.can("status", "PENDING")).toBe(false);
    expect(drill.can("productName", OTHER_KEY)).toBe(false);
    expect(drill.can("productName", NOT_SET)).toBe(false);
    expect(drill.can("customerName", "A")).toBe(false);
    drill.to("status", "PENDING");
    drill.to("status", "SUSPENDED");
    expect(written).toEqual([{ status: ["SUSPENDED"] }]);
  });
  it("says why a card is empty, naming the period and the filters", () => {
    const range = { from: "2026-01-01", to: "2026-03-31" };
    expect(emptyMessage("No subscriptions were created", between(range), DEFAULT_VIEW)).toBe(
      `No subscriptions were created between ${formatDay("2026-01-01")} and ${formatDay("2026-03-31")}.`,
    );
    expect(emptyMessage("Nothing", "today", withFilterValue(DEFAULT_VIEW, "productName", "X"))).toBe(
      "Nothing today with the current filters.",
    );
  });
});
