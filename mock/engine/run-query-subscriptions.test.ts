import { describe, expect, it } from "vitest";
import type { EngineOptions } from "./run-query.ts";
import { queryRows } from "./testing/small-datasets.ts";

describe("subscriptions", () => {
  const sub = (
    id: string,
    subscriptionType: string,
    licenseCount: number,
    extra: Record<string, unknown> = {},
  ) => ({
    id,
    subscriptionType,
    licenseCount,
    autoRenewEnabled: id !== "c",
    ...extra,
  });
  const rows = [
    sub("a", "Office", 5, { creationDate: "2016-02-04T19:29:38.037", deprovisionedDate: null }),
    sub("b", "OFFICE", 7, { creationDate: "2016-02-04T08:00:00" }),
    sub("c", "Azure", 0, { creationDate: "2016-02-20T08:00:00", deprovisionedDate: "2017-01-01T00:00:00" }),
  ];
  const ids = (filter: string, options?: EngineOptions) =>
    queryRows("subscriptions", rows, { filter }, options).Value.map((row) => row.id);

  it("compares subscriptionType case-sensitively, unless configured otherwise", () => {
    expect(ids("subscriptionType eq 'Office'")).toEqual(["a"]);
    expect(ids("subscriptionType eq 'office'")).toEqual([]);
    expect(ids("subscriptionType ne 'Office'")).toEqual(["b", "c"]);
    expect(ids("subscriptionType eq 'office'", { caseSensitiveFields: [] })).toEqual(["a", "b"]);
    expect(ids("contains(subscriptionType,'offi')")).toEqual(["a", "b"]);
  });

  it("filters booleans", () => {
    expect(ids("autoRenewEnabled eq true")).toEqual(["a", "b"]);
    expect(ids("autoRenewEnabled ne TRUE")).toEqual(["c"]);
  });

  it("keeps milliseconds on creationDate and null for unset dates in raw rows", () => {
    const [first] = queryRows("subscriptions", rows, "top=1").Value;
    expect(first).toMatchObject({
      creationDate: "2016-02-04T19:29:38.037",
      deprovisionedDate: null,
      licenseCount: 5,
    });
    expect(Object.keys(first ?? {})).toEqual(expect.arrayContaining(["churnRisk", "billingCycleName"]));
  });

  it("sends grouped counts as strings, like the documented sample, or as numbers when configured", () => {
    expect(queryRows("subscriptions", rows, "groupBy=subscriptionType").Value).toEqual([
      { subscriptionType: "Azure", subscriptionCount: "1", licenseCount: "0" },
      { subscriptionType: "OFFICE", subscriptionCount: "1", licenseCount: "7" },
      { subscriptionType: "Office", subscriptionCount: "1", licenseCount: "5" },
    ]);
    const numbers = queryRows("subscriptions", rows, "groupby=autoRenewEnabled", { countsAsStrings: false });
    expect(numbers.Value).toEqual([
      { autoRenewEnabled: false, subscriptionCount: 1, licenseCount: 0 },
      { autoRenewEnabled: true, subscriptionCount: 2, licenseCount: 12 },
    ]);
  });

  it("buckets dates per calendar day by default, or over the whole range when configured", () => {
    const byDay = queryRows("subscriptions", rows, "groupby=creationDate");
    expect(byDay.Value.map((row) => [row.creationDate, row.subscriptionCount])).toEqual([
      ["2016-02-04T00:00:00", "2"],
      ["2016-02-20T00:00:00", "1"],
    ]);
    const whole = queryRows("subscriptions", rows, "groupby=creationDate", {
      subscriptionsDefaultLevel: "dateRange",
    });
    expect(whole.Value).toEqual([
      { creationDate: "2016-02-04T00:00:00", subscriptionCount: "3", licenseCount: "12" },
    ]);
  });

  it("puts unset dates in a null group that sorts first", () => {
    const page = queryRows("subscriptions", rows, "groupby=deprovisionedDate&aggregationLevel=month");
    expect(page.Value.map((row) => [row.deprovisionedDate, row.subscriptionCount])).toEqual([
      [null, "2"],
      ["2017-01-01T00:00:00", "1"],
    ]);
  });
});
