import { describe, expect, it } from "vitest";
import { UNSET_KEY } from "../../../lib/grouped-series.ts";
import { chooseUnit, otherUnitsNote, rowsOfUnit, unitOptions } from "./units.ts";

const facet = [
  { meterUnit: "1 GB", meterCategory: "Bandwidth", meterSubcategory: "None" },
  { meterUnit: "1 GB", meterCategory: "Azure Monitor", meterSubcategory: "Log Analytics" },
  { meterUnit: "1 Hour", meterCategory: "Virtual Machines", meterSubcategory: "BS Series" },
  { meterUnit: "1 Hour", meterCategory: "Virtual Machines", meterSubcategory: "Esv3 Series" },
  { meterUnit: "1 Hour", meterCategory: "SQL Database", meterSubcategory: "Single Standard" },
  { meterUnit: "1 Hour", meterCategory: "Load Balancer", meterSubcategory: "Standard" },
  { meterUnit: "10,000s", meterCategory: "Storage", meterSubcategory: "Tables" },
];

describe("unitOptions", () => {
  it("lists units in the API's order with the categories measured in them", () => {
    expect(unitOptions(facet)).toEqual([
      { unit: "1 GB", categories: 2 },
      { unit: "1 Hour", categories: 3 },
      { unit: "10,000s", categories: 1 },
    ]);
  });
});

describe("chooseUnit", () => {
  it("takes the URL's first unit and reports the others", () => {
    expect(chooseUnit(["10,000s", "1 GB"], facet, {})).toEqual({ unit: "10,000s", ignored: ["1 GB"] });
  });
  it("defaults to the unit most meter categories use", () => {
    expect(chooseUnit([], facet, {})).toEqual({ unit: "1 Hour", ignored: [] });
  });
  it("defaults within the category filter, ties to the first returned", () => {
    expect(chooseUnit([], facet, { meterCategory: ["Storage"] }).unit).toBe("10,000s");
    expect(chooseUnit([], facet, { meterCategory: ["Bandwidth", "Load Balancer"] }).unit).toBe("1 GB");
    expect(chooseUnit([], facet, { meterSubcategory: ["Log Analytics"] }).unit).toBe("1 GB");
  });
  it("has no unit without usage", () => {
    expect(chooseUnit([], [], {})).toEqual({ unit: null, ignored: [] });
  });
});

describe("rowsOfUnit", () => {
  const rows = [
    { meterUnit: "1 Hour", customerName: "A", quantity: 5 },
    { meterUnit: "1 GB", customerName: "A", quantity: 1_000 },
    { meterUnit: "1 Hour", customerName: "B", quantity: 2 },
    { customerName: "C", quantity: 7 },
  ];

  it("keeps the rows of the unit shown and names every other unit that came back", () => {
    expect(rowsOfUnit(rows, "1 Hour")).toEqual({
      rows: [rows[0], rows[2]],
      otherUnits: ["1 GB", UNSET_KEY],
    });
    expect(rowsOfUnit(rows.slice(0, 1), "1 Hour").otherUnits).toEqual([]);
  });

  it("says which units were left out, and nothing when there were none", () => {
    expect(otherUnitsNote("1 Hour", [])).toBeNull();
    expect(otherUnitsNote("1 Hour", ["1 GB"])).toBe(
      "Partner Center also returned usage in 1 GB although only 1 Hour was asked for; those rows are left out, so this card counts 1 Hour only.",
    );
    expect(otherUnitsNote("1 Hour", [UNSET_KEY])).toContain("returned usage in Not set although");
    expect(otherUnitsNote("1 Hour", ["a", "b", "c", "d", "e", "f", "g"])).toContain(
      "in a, b, c, d, e and 2 more although",
    );
  });
});
