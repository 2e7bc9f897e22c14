import { describe, expect, test } from "vitest";
import { buildQueryString, type GroupedQuery } from "../../api/query.ts";
import { DEFAULT_VIEW } from "../../lib/view-state.ts";
import type { ReferralsView } from "./search-params.ts";
import { breakdownQuery, durationQuery, funnelQuery, trendQuery } from "./queries.ts";

const range = { from: "2026-08-01", to: "2026-10-31" };
const cast = (day: string) => `cast('${day}T00:00:00Z', Edm.DateTimeOffset)`;
const created = `createdDate ge ${cast("2026-08-01")} and createdDate lt ${cast("2026-11-01")}`;
const view = (filters: ReferralsView["filters"] = {}): ReferralsView => ({ ...DEFAULT_VIEW, filters });
/** What the API receives, decoded. */
const sent = (query: GroupedQuery<"referrals">) =>
  Object.fromEntries(new URLSearchParams(buildQueryString("referrals", query)));

describe("referrals queries", () => {
  test("the funnel groups the cohort by status and milestone dates", () => {
    expect(sent(funnelQuery(view(), range))).toEqual({
      filter: created,
      groupby: "status,acknowledgedDate,acceptedDate,wonDate",
      aggregationLevel: "month",
    });
  });

  test("page filters come first: lists as or-chains, several filters joined with and", () => {
    const filters: ReferralsView["filters"] = {
      status: ["Won", "Lost"],
      customerMarket: ["US"],
      customerOrgSize: ["10to50employees"],
    };
    expect(sent(funnelQuery(view(filters), range)).filter).toBe(
      `(status eq 'Won' or status eq 'Lost') and customerMarket eq 'US' and customerOrgSize eq '10to50employees' and ${created}`,
    );
  });

  test("delays read created, accepted and won days of referrals that got accepted or won", () => {
    expect(sent(durationQuery(view({ customerMarket: ["O'Neil"] }), range))).toEqual({
      filter: `customerMarket eq 'O''Neil' and ${created} and (acceptedDate ne null or wonDate ne null)`,
      groupby: "createdDate,acceptedDate,wonDate",
      aggregationLevel: "day",
    });
  });

  test("the trend buckets creation dates at the grain it is given", () => {
    expect(sent(trendQuery(view(), range, "week"))).toEqual({
      filter: created,
      groupby: "createdDate",
      aggregationLevel: "week",
    });
  });

  test("breakdowns group by one field with no date bucketing", () => {
    expect(sent(breakdownQuery(view(), range, "customerOrgSize"))).toEqual({
      filter: created,
      groupby: "customerOrgSize",
    });
  });
});
