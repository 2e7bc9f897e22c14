import { describe, expect, test } from "vitest";
import { buildQueryString, type GroupedQuery } from "../../api/query.ts";
import { DEFAULT_VIEW } from "../../lib/view-state.ts";
import type { ResellersView } from "./search-params.ts";
import { marketQuery, newResellersQuery, topResellersQuery } from "./queries.ts";

const range = { from: "2026-08-01", to: "2026-10-31" };
const cast = (day: string) => `cast('${day}T00:00:00Z', Edm.DateTimeOffset)`;
const view = (
  filters: ResellersView["filters"] = {},
  grain: ResellersView["grain"] = "auto",
): ResellersView => ({
  ...DEFAULT_VIEW,
  grain,
  filters,
});
const sent = (query: GroupedQuery<"indirectresellers">) =>
  Object.fromEntries(new URLSearchParams(buildQueryString("indirectresellers", query)));

describe("resellers queries", () => {
  test("the snapshot groups by market, with the market filter only", () => {
    expect(sent(marketQuery(view()))).toEqual({ groupby: "market" });
    expect(sent(marketQuery(view({ market: ["US", "GB"] })))).toEqual({
      filter: "market eq 'US' or market eq 'GB'",
      groupby: "market",
    });
  });

  test("new resellers: first subscription in the range, bucketed at the grain", () => {
    expect(sent(newResellersQuery(view({ market: ["US", "GB"] }), range, "month"))).toEqual({
      filter: `(market eq 'US' or market eq 'GB') and firstSubscriptionCreationDate ge ${cast("2026-08-01")} and firstSubscriptionCreationDate lt ${cast("2026-11-01")}`,
      groupby: "firstSubscriptionCreationDate",
      aggregationLevel: "month",
    });
  });

  test("top resellers: by id and name, ranked by the measure, name breaking ties, ten rows", () => {
    expect(sent(topResellersQuery(view(), "licenseCount"))).toEqual({
      groupby: "id,name",
      orderby: "licenseCount desc,name asc",
      top: "10",
    });
  });
});
