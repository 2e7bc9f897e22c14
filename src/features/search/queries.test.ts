import { describe, expect, test } from "vitest";
import { buildQueryString, type GroupedQuery } from "../../api/query.ts";
import { DEFAULT_VIEW } from "../../lib/view-state.ts";
import type { SearchView } from "./search-params.ts";
import { facetQuery, trendQuery } from "./queries.ts";

const range = { from: "2026-08-01", to: "2026-10-31" };
const cast = (day: string) => `cast('${day}T00:00:00Z', Edm.DateTimeOffset)`;
const dates = `searchDate ge ${cast("2026-08-01")} and searchDate lt ${cast("2026-11-01")}`;
const view = (filters: SearchView["filters"] = {}, grain: SearchView["grain"] = "auto"): SearchView => ({
  ...DEFAULT_VIEW,
  grain,
  filters,
});
const sent = (query: GroupedQuery<"search">) =>
  Object.fromEntries(new URLSearchParams(buildQueryString("search", query)));

describe("search queries", () => {
  test("the trend groups search dates at the grain", () => {
    expect(sent(trendQuery(view(), range, "week"))).toEqual({
      filter: dates,
      groupby: "searchDate",
      aggregationLevel: "week",
    });
  });

  test("search text is matched with contains, lists with or-chains, all before the dates", () => {
    const filters = {
      keywordSearchText: `O'Brien "cloud"`,
      keywordProduct: ["Azure", "Security"],
      partnerMarket: ["US"],
    };
    expect(sent(trendQuery(view(filters), range, "day")).filter).toBe(
      `contains(keywordSearchText,'O''Brien "cloud"') and (keywordProduct eq 'Azure' or keywordProduct eq 'Security') and partnerMarket eq 'US' and ${dates}`,
    );
  });

  test("a facet groups by its field alone", () => {
    expect(sent(facetQuery(view({ keywordCountry: ["FR"] }), range, "keywordIndustryFocus"))).toEqual({
      filter: `keywordCountry eq 'FR' and ${dates}`,
      groupby: "keywordIndustryFocus",
    });
  });
});
