import { describe, expect, it } from "vitest";
import { buildQueryString } from "../../api/query.ts";
import { DEFAULT_VIEW, parseViewSearch } from "../../lib/view-state.ts";
import {
  convertedTrialsQuery,
  createdByStatusQuery,
  deprovisionedQuery,
  facetQueries,
  gridFilter,
  inServiceQuery,
  renewalsQuery,
  trialConversionsQuery,
  trialStartsQuery,
} from "./queries.ts";
import { subscriptionsSchema } from "./search-params.ts";

const cast = (day: string) => `cast('${day}T00:00:00Z', Edm.DateTimeOffset)`;
const range = { from: "2026-01-01", to: "2026-03-31" };
const viewOf = (search: string) => parseViewSearch(search, subscriptionsSchema).state;

describe("subscriptions queries", () => {
  it("turns the URL's filters and range into one filter expression", () => {
    const view = viewOf("status=ACTIVE,SUSPENDED&autoRenewEnabled=false&customerName=o'brien");
    const query = createdByStatusQuery(view, range, "month");
    expect(query.filter?.expression).toBe(
      "(status eq 'ACTIVE' or status eq 'SUSPENDED') and autoRenewEnabled eq false and contains(customerName,'o''brien') and " +
        `creationDate ge ${cast("2026-01-01")} and creationDate lt ${cast("2026-04-01")}`,
    );
    expect(query.groupby).toEqual(["creationDate", "status"]);
    expect(query.aggregationLevel).toBe("month");
  });

  it("counts deprovisions by deprovisioning date", () => {
    const query = deprovisionedQuery(DEFAULT_VIEW, range, "week");
    expect(query.filter?.expression).toBe(
      `deprovisionedDate ge ${cast("2026-01-01")} and deprovisionedDate lt ${cast("2026-04-01")}`,
    );
    expect(query).toMatchObject({ groupby: ["deprovisionedDate"], aggregationLevel: "week" });
  });

  it("rebuilds the book at the range's end from creation and deprovisioning dates", () => {
    const query = inServiceQuery(viewOf("subscriptionType=Office,UNKNOWN"), range, "productName");
    expect(query.filter?.expression).toBe(
      "(subscriptionType eq 'Office' or subscriptionType eq 'UNKNOWN') and " +
        `creationDate lt ${cast("2026-04-01")} and (deprovisionedDate eq null or deprovisionedDate ge ${cast("2026-04-01")})`,
    );
    expect(query.groupby).toEqual(["productName"]);
    expect(query.aggregationLevel).toBeUndefined();
  });

  it("asks for commitments ending in the next 90 days, by day and auto-renew", () => {
    const query = renewalsQuery(viewOf("customerMarket=US"), "2026-03-01");
    expect(query.filter?.expression).toBe(
      `customerMarket eq 'US' and status ne 'DEPROVISIONED' and commitmentEndDate ge ${cast("2026-03-01")} and commitmentEndDate lt ${cast("2026-05-30")}`,
    );
    expect(query).toMatchObject({
      groupby: ["commitmentEndDate", "autoRenewEnabled"],
      aggregationLevel: "day",
    });
  });

  it("counts trial starts, conversions and the converted part of the cohort", () => {
    expect(trialStartsQuery(DEFAULT_VIEW, range, "day")).toMatchObject({
      groupby: ["trialStartDate"],
      aggregationLevel: "day",
    });
    expect(trialConversionsQuery(DEFAULT_VIEW, range, "day").filter?.expression).toBe(
      `trialToPaidConversionDate ge ${cast("2026-01-01")} and trialToPaidConversionDate lt ${cast("2026-04-01")}`,
    );
    expect(convertedTrialsQuery(DEFAULT_VIEW, range, "day").filter?.expression).toBe(
      `trialStartDate ge ${cast("2026-01-01")} and trialStartDate lt ${cast("2026-04-01")} and trialToPaidConversionDate ne null`,
    );
  });

  it("gives the grid every subscription in service at some time in the range", () => {
    expect(gridFilter(viewOf("productName=POWER+BI+PRO"), range)?.expression).toBe(
      `productName eq 'POWER BI PRO' and creationDate lt ${cast("2026-04-01")} and (deprovisionedDate eq null or deprovisionedDate ge ${cast("2026-01-01")})`,
    );
  });

  it("builds valid request strings, facets included", () => {
    expect(buildQueryString("subscriptions", facetQueries.typesAndProducts)).toBe(
      "groupby=subscriptionType%2CproductName",
    );
    expect(buildQueryString("subscriptions", createdByStatusQuery(DEFAULT_VIEW, range, "month"))).toContain(
      "groupby=creationDate%2Cstatus&aggregationLevel=month",
    );
  });
});
