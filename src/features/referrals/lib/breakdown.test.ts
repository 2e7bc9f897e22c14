import { describe, expect, test } from "vitest";
import { isValueKey, NOT_SET } from "../../../lib/grouped-series.ts";
import { orgSizeItems, orgSizeLabel } from "./breakdown.ts";

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

  test("a missing size is shown last as not set, and is not a value to filter on", () => {
    const items = orgSizeItems([
      { customerOrgSize: null, referralCount: 4 },
      { customerOrgSize: "1to9employees", referralCount: 2 },
    ]);
    expect(items.map((i) => [i.label, i.value, isValueKey(i.key)])).toEqual([
      ["1–9 employees", 2, true],
      [NOT_SET, 4, false],
    ]);
  });
});
