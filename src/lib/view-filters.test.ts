import { describe, expect, it } from "vitest";
import { formatDay } from "./format.ts";
import { DEFAULT_VIEW, defineFilters, list, text, type ViewState } from "./view-state.ts";
import { NOT_SET, OTHER_KEY, UNSET_KEY } from "./grouped-series.ts";
import {
  between,
  drillFor,
  emptyMessage,
  hasPageFilters,
  narrowedTo,
  withFilterValues,
} from "./view-filters.ts";

const defs = defineFilters({
  status: list("Status", ["ACTIVE", "SUSPENDED"]),
  productName: list("Product"),
  keywordSearchText: text("Search text"),
  meterUnit: list("Unit"),
});
const NONE: ViewState<typeof defs> = DEFAULT_VIEW;

describe("view filters", () => {
  it("narrows a list to the drilled value, and a text filter to the trimmed text", () => {
    const both = withFilterValues(NONE, "productName", ["X", "Y"]);
    expect(narrowedTo(both, defs, "productName", "X").filters).toEqual({ productName: ["X"] });
    expect(narrowedTo(both, defs, "keywordSearchText", " azure ").filters).toEqual({
      productName: ["X", "Y"],
      keywordSearchText: "azure",
    });
  });
  it("replaces or removes a list", () => {
    const view = withFilterValues(NONE, "meterUnit", ["1 Hour"]);
    expect(view.filters.meterUnit).toEqual(["1 Hour"]);
    expect(withFilterValues(view, "meterUnit", []).filters).toEqual({});
    expect(hasPageFilters(view)).toBe(true);
    expect(hasPageFilters(DEFAULT_VIEW)).toBe(false);
  });
  it("drills only into values the URL filter accepts, narrowing the latest view", () => {
    const written: unknown[] = [];
    // The page's latest view: a second drill-down before the cards re-render builds on the first.
    let latest = NONE;
    const drill = drillFor(defs, (update) => {
      latest = update(latest);
      written.push(latest.filters);
    });
    expect(drill.can("status", "ACTIVE")).toBe(true);
    expect(drill.can("status", "PENDING")).toBe(false);
    expect(drill.can("productName", OTHER_KEY)).toBe(false);
    expect(drill.can("productName", UNSET_KEY)).toBe(false);
    // A real value that reads like the label of an unset one is a value.
    expect(drill.can("productName", NOT_SET)).toBe(true);
    expect(drill.can("customerName", "A")).toBe(false);
    drill.to("status", "PENDING");
    drill.to("status", "SUSPENDED");
    expect(written).toEqual([{ status: ["SUSPENDED"] }]);
    const bars = drill.on("productName");
    expect([bars.canSelect("A"), bars.canSelect(OTHER_KEY)]).toEqual([true, false]);
    bars.onSelect(OTHER_KEY);
    bars.onSelect("A");
    expect(written).toEqual([{ status: ["SUSPENDED"] }, { status: ["SUSPENDED"], productName: ["A"] }]);
  });
  it("gives the same handlers on every render of a page, so memoised charts are not redrawn for them", () => {
    const setView = () => undefined;
    const drill = drillFor(defs, setView);
    expect(drillFor(defs, setView)).toBe(drill);
    expect(drill.on("status")).toBe(drill.on("status"));
    expect(drill.on("status").onSelect).not.toBe(drill.on("productName").onSelect);
    expect(drillFor(defs, () => undefined)).not.toBe(drill);
  });
  it("says why a card is empty, naming the period and the filters", () => {
    const range = { from: "2026-01-01", to: "2026-03-31" };
    expect(emptyMessage("No subscriptions were created", between(range), DEFAULT_VIEW)).toBe(
      `No subscriptions were created between ${formatDay("2026-01-01")} and ${formatDay("2026-03-31")}.`,
    );
    const filtered = withFilterValues(NONE, "productName", ["X"]);
    expect(emptyMessage("Nothing", "today", filtered)).toBe("Nothing today with the current filters.");
    expect(emptyMessage("No resellers", null, DEFAULT_VIEW)).toBe("No resellers.");
    expect(emptyMessage("No resellers", null, filtered)).toBe("No resellers with the current filters.");
  });
});
