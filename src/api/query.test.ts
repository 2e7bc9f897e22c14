import { describe, expect, test } from "vitest";
import { InvalidQueryError } from "./errors.ts";
import { filterFor } from "./filter.ts";
import { buildQueryString, isGrouped } from "./query.ts";
import type { AnalyticsQuery } from "./query.ts";

const usage = filterFor("usage/azure");

describe("buildQueryString", () => {
  test("fixed parameter order and encoded values, whatever the order of the query's keys", () => {
    const query = buildQueryString("usage/azure", {
      skip: 20,
      top: 10,
      orderby: [
        ["meterCategory", "asc"],
        ["quantity", "desc"],
      ],
      aggregationLevel: "month",
      groupby: ["meterCategory", "usageDate"],
      filter: usage.eq("meterCategory", "Data Management"),
    });
    expect(query).toBe(
      "filter=meterCategory%20eq%20'Data%20Management'&groupby=meterCategory%2CusageDate&aggregationLevel=month" +
        "&orderby=meterCategory%20asc%2Cquantity%20desc&top=10&skip=20",
    );
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      filter: "meterCategory eq 'Data Management'",
      groupby: "meterCategory,usageDate",
      aggregationLevel: "month",
      orderby: "meterCategory asc,quantity desc",
      top: "10",
      skip: "20",
    });
  });

  test("absent and empty parts are left out", () => {
    expect(buildQueryString("referrals", {})).toBe("");
    expect(buildQueryString("referrals", { groupby: [], orderby: [], skip: 0 })).toBe("skip=0");
    expect(buildQueryString("search", { top: 10_000 })).toBe("top=10000");
  });

  test.each<[string, AnalyticsQuery<"usage/azure">, string, RegExp]>([
    [
      "aggregationLevel without groupby",
      { aggregationLevel: "week" },
      "aggregation-without-groupby",
      /aggregationLevel needs a groupby/,
    ],
    [
      "aggregationLevel with an empty groupby",
      { groupby: [], aggregationLevel: "day" },
      "aggregation-without-groupby",
      /needs a groupby/,
    ],
    ["top 0", { top: 0 }, "invalid-top", /top must be a whole number from 1 to 10000 \(got 0\)/],
    ["top 10001", { top: 10_001 }, "invalid-top", /got 10001/],
    ["top 1.5", { top: 1.5 }, "invalid-top", /got 1.5/],
    ["top NaN", { top: Number.NaN }, "invalid-top", /got NaN/],
    ["negative skip", { skip: -1 }, "invalid-skip", /skip must be a whole number of at least 0 \(got -1\)/],
    ["fractional skip", { skip: 0.5 }, "invalid-skip", /got 0.5/],
    [
      "unknown groupby field",
      { groupby: ["nope" as "meterUnit"] },
      "unknown-field",
      /nope cannot be used in groupby/,
    ],
    [
      "unknown orderby field",
      { orderby: [["nope" as "meterUnit", "asc"]] },
      "unknown-field",
      /nope cannot be used in orderby/,
    ],
    ["bad direction", { orderby: [["meterUnit", "up" as "asc"]] }, "invalid-value", /asc or desc/],
    [
      "bad aggregationLevel",
      { groupby: ["usageDate"], aggregationLevel: "year" as "day" },
      "invalid-value",
      /day, week or month/,
    ],
  ])("rejects %s", (_, query, problem, message) => {
    const build = () => buildQueryString("usage/azure", query);
    expect(build).toThrow(InvalidQueryError);
    expect(build).toThrow(expect.objectContaining({ problem, resource: "usage/azure" }));
    expect(build).toThrow(message);
  });

  test("rejects a filter built for another resource", () => {
    const filter = filterFor("subscriptions").eq("customerMarket", "US");
    // @ts-expect-error: a subscriptions filter on the usage resource
    expect(() => buildQueryString("usage/azure", { filter })).toThrow(
      "usage/azure: the filter was built for subscriptions",
    );
  });

  test("field unions are checked at compile time", () => {
    // @ts-expect-error: churnRisk is in rows but cannot be grouped
    expect(() => buildQueryString("subscriptions", { groupby: ["churnRisk"] })).toThrow(InvalidQueryError);
    // measures can be ordered by
    expect(
      buildQueryString("subscriptions", { groupby: ["status"], orderby: [["subscriptionCount", "desc"]] }),
    ).toContain("orderby=");
  });
});

test("isGrouped", () => {
  expect(isGrouped({ groupby: ["meterUnit"] })).toBe(true);
  expect(isGrouped({ groupby: [] })).toBe(false);
  expect(isGrouped({})).toBe(false);
});
