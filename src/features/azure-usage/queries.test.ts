import { describe, expect, it } from "vitest";
import { buildQueryString } from "../../api/query.ts";
import { DEFAULT_VIEW, parseViewSearch } from "../../lib/view-state.ts";
import {
  categoryTrendQuery,
  customerFacetQuery,
  gridFilter,
  meterFacetQuery,
  rankQuery,
  trendField,
} from "./queries.ts";
import { usageSchema } from "./search-params.ts";

const cast = (day: string) => `cast('${day}T00:00:00Z', Edm.DateTimeOffset)`;
const range = { from: "2026-01-01", to: "2026-03-31" };
const dates = `usageDate ge ${cast("2026-01-01")} and usageDate lt ${cast("2026-04-01")}`;
const viewOf = (search: string) => parseViewSearch(search, usageSchema).state;

describe("Azure usage queries", () => {
  it("sums quantities within exactly one unit, whatever else the URL lists", () => {
    const view = viewOf("meterUnit=1+Hour,10%2C000s&resourceLocation=westeurope");
    const query = categoryTrendQuery(view, range, "week", "1 Hour");
    expect(query.filter?.expression).toBe(
      `resourceLocation eq 'westeurope' and meterUnit eq '1 Hour' and ${dates}`,
    );
    expect(query).toMatchObject({
      groupby: ["meterCategory", "meterUnit", "usageDate"],
      aggregationLevel: "week",
    });
  });

  it("keeps the shared market parameter in the URL but never sends it: usage rows have no market", () => {
    const view = viewOf("customerMarket=US");
    expect(view.filters).toEqual({ customerMarket: ["US"] });
    expect(rankQuery(view, range, "1 GB", "customerName").filter?.expression).toBe(
      `meterUnit eq '1 GB' and ${dates}`,
    );
  });

  it("splits a drilled-into category by subcategory", () => {
    const view = viewOf("meterCategory=Virtual+Machines,Storage");
    expect(trendField(view)).toBe("meterSubcategory");
    expect(trendField(DEFAULT_VIEW)).toBe("meterCategory");
    const query = categoryTrendQuery(view, range, "day", "1 Hour");
    expect(query.filter?.expression).toBe(
      `(meterCategory eq 'Virtual Machines' or meterCategory eq 'Storage') and meterUnit eq '1 Hour' and ${dates}`,
    );
    expect(query.groupby).toEqual(["meterSubcategory", "meterUnit", "usageDate"]);
  });

  it("filters customers by exact names, since usage supports eq only", () => {
    const query = rankQuery(viewOf("customerName=Contoso,O'Neil+Ltd"), range, "10,000s", "subscriptionId");
    expect(query.filter?.expression).toBe(
      `(customerName eq 'Contoso' or customerName eq 'O''Neil Ltd') and meterUnit eq '10,000s' and ${dates}`,
    );
    expect(query.groupby).toEqual(["subscriptionId", "subscriptionName", "customerName", "meterUnit"]);
    expect(query.aggregationLevel).toBeUndefined();
  });

  it("offers every meter for the range, customer and location", () => {
    const query = meterFacetQuery(viewOf("meterCategory=Storage&meterUnit=1+GB&customerName=Contoso"), range);
    expect(query.filter?.expression).toBe(`customerName eq 'Contoso' and ${dates}`);
    expect(query.groupby).toEqual(["meterUnit", "meterCategory", "meterSubcategory"]);
    expect(buildQueryString("usage/azure", customerFacetQuery(range))).toContain(
      "groupby=customerName%2CresourceLocation",
    );
  });

  it("gives the grid the cards' rows, or every listed unit before one is chosen", () => {
    const view = viewOf("meterUnit=1+GB,1+Hour");
    expect(gridFilter(view, range, "1 GB")?.expression).toBe(`meterUnit eq '1 GB' and ${dates}`);
    expect(gridFilter(view, range, null)?.expression).toBe(
      `(meterUnit eq '1 GB' or meterUnit eq '1 Hour') and ${dates}`,
    );
  });
});
