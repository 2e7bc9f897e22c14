import { describe, expect, it } from "vitest";
import { datasetFromRows } from "../dataset/dataset-from-rows.ts";
import { rawRows } from "../dataset/generate-dataset.ts";
import { RESOURCES } from "./resources.ts";
import { runQuery, type EngineOptions } from "./run-query.ts";

const run = (
  rows: Parameters<typeof datasetFromRows>[0],
  resource: keyof typeof rows & string,
  params: string | Record<string, string>,
  options?: EngineOptions,
) => runQuery(datasetFromRows(rows), resource as never, new URLSearchParams(params), options);

describe("usage/azure", () => {
  const day = (category: string, date: string, quantity: number) => ({
    meterCategory: category,
    usageDate: date,
    quantity,
  });
  const rows = {
    "usage/azure": [
      day("Data Management", "2018-05-27", 20),
      day("Virtual Machines", "2018-05-01", 720),
      day("Virtual Machines", "2018-05-31T00:00:00", 24),
      day("Virtual Machines", "2018-06-01", 700),
      day("Storage", "2018-05-03", 5),
      day("Storage", "2018-06-03", 6),
    ],
  };

  it("answers the documented grouped example exactly", () => {
    const page = run(rows, "usage/azure", "groupby=meterCategory,usageDate&aggregationLevel=month&top=2");
    expect(page).toEqual({
      Value: [
        { meterCategory: "Data Management", usageDate: "2018-05-01T00:00:00", quantity: 20 },
        { meterCategory: "Storage", usageDate: "2018-05-01T00:00:00", quantity: 5 },
      ],
      "@nextLink": "usage/azure?groupby=meterCategory,usageDate&aggregationLevel=month&top=2&skip=2",
      TotalCount: 5,
    });
    const vms = run(
      rows,
      "usage/azure",
      "filter=meterCategory eq 'virtual machines'&groupby=meterCategory,usageDate&aggregationLevel=month",
    );
    expect(vms.Value[0]).toEqual({
      meterCategory: "Virtual Machines",
      usageDate: "2018-05-01T00:00:00",
      quantity: 744,
    });
  });

  it("defaults aggregationLevel to day", () => {
    const page = run(rows, "usage/azure", "groupby=usageDate&filter=meterCategory eq 'Virtual Machines'");
    expect(page.Value.map((row) => row.usageDate)).toEqual([
      "2018-05-01T00:00:00",
      "2018-05-31T00:00:00",
      "2018-06-01T00:00:00",
    ]);
  });

  it("emits raw rows in the sample's shape and field order", () => {
    const page = run(rows, "usage/azure", "top=1");
    expect(Object.keys(page.Value[0] ?? {})).toEqual(
      RESOURCES["usage/azure"].fields.map((field) => field.name),
    );
    expect(page.Value[0]).toMatchObject({ usageDate: "2018-05-27T00:00:00", quantity: 20 });
  });

  it("filters and orders the quantity like any number", () => {
    const page = run(rows, "usage/azure", "filter=quantity ge 700&orderby=quantity desc");
    expect(page.Value.map((row) => row.quantity)).toEqual([720, 700]);
  });
});

describe("indirectresellers", () => {
  const never = "0001-01-01T00:00:00";
  const rows = {
    indirectresellers: [
      {
        id: "1",
        name: "Fabrikam",
        market: "US",
        firstSubscriptionSuspendedDate: never,
        subscriptionCount: 10,
        licenseCount: 20,
      },
      {
        id: "2",
        name: "Contoso",
        market: "US",
        firstSubscriptionSuspendedDate: "2019-03-01T10:00:00",
        subscriptionCount: 4,
        licenseCount: 100,
      },
      { id: "3", name: "Litware", market: "GB", subscriptionCount: 0, licenseCount: 0 },
    ],
  };

  it("sends 0001-01-01T00:00:00 for dates that never happened", () => {
    const [first] = run(rows, "indirectresellers", "top=1").Value;
    expect(first?.latestSubscriptionDeprovisionedDate).toBe(never);
    expect(first?.firstSubscriptionSuspendedDate).toBe(never);
    expect(Object.keys(first ?? {})).toContain("latestSubscriptionDeprovisionedDate");
  });

  it("treats the 0001-01-01 date as unset in filters", () => {
    const ids = (filter: string) => run(rows, "indirectresellers", { filter }).Value.map((row) => row.id);
    expect(ids("firstSubscriptionSuspendedDate eq null")).toEqual(["1", "3"]);
    expect(ids("firstSubscriptionSuspendedDate eq cast('0001-01-01T00:00:00', Edm.DateTimeOffset)")).toEqual([
      "1",
      "3",
    ]);
    expect(ids("firstSubscriptionSuspendedDate ne null")).toEqual(["2"]);
    expect(ids("latestSubscriptionDeprovisionedEndDate eq null and Name eq 'litware'")).toEqual(["3"]);
  });

  it("aggregates the reseller count and sums the counts", () => {
    const page = run(rows, "indirectresellers", "groupby=market&orderby=subscriptionCount desc");
    expect(page.Value).toEqual([
      { market: "US", indirectResellerCount: 2, licenseCount: 120, subscriptionCount: 14 },
      { market: "GB", indirectResellerCount: 1, licenseCount: 0, subscriptionCount: 0 },
    ]);
  });

  it("orders raw rows by the documented number fields", () => {
    const page = run(rows, "indirectresellers", "orderby=market,subscriptionCount");
    expect(page.Value.map((row) => row.id)).toEqual(["3", "2", "1"]);
  });
});

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
  const rows = {
    subscriptions: [
      sub("a", "Office", 5, { creationDate: "2016-02-04T19:29:38.037", deprovisionedDate: null }),
      sub("b", "OFFICE", 7, { creationDate: "2016-02-04T08:00:00" }),
      sub("c", "Azure", 0, { creationDate: "2016-02-20T08:00:00", deprovisionedDate: "2017-01-01T00:00:00" }),
    ],
  };
  const ids = (filter: string, options?: EngineOptions) =>
    run(rows, "subscriptions", { filter }, options).Value.map((row) => row.id);

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
    const [first] = run(rows, "subscriptions", "top=1").Value;
    expect(first).toMatchObject({
      creationDate: "2016-02-04T19:29:38.037",
      deprovisionedDate: null,
      licenseCount: 5,
    });
    expect(Object.keys(first ?? {})).toEqual(expect.arrayContaining(["churnRisk", "billingCycleName"]));
  });

  it("sends grouped counts as strings, like the documented sample, or as numbers when configured", () => {
    expect(run(rows, "subscriptions", "groupBy=subscriptionType").Value).toEqual([
      { subscriptionType: "Azure", subscriptionCount: "1", licenseCount: "0" },
      { subscriptionType: "OFFICE", subscriptionCount: "1", licenseCount: "7" },
      { subscriptionType: "Office", subscriptionCount: "1", licenseCount: "5" },
    ]);
    const numbers = run(rows, "subscriptions", "groupby=autoRenewEnabled", { countsAsStrings: false });
    expect(numbers.Value).toEqual([
      { autoRenewEnabled: false, subscriptionCount: 1, licenseCount: 0 },
      { autoRenewEnabled: true, subscriptionCount: 2, licenseCount: 12 },
    ]);
  });

  it("buckets dates per calendar day by default, or over the whole range when configured", () => {
    const byDay = run(rows, "subscriptions", "groupby=creationDate");
    expect(byDay.Value.map((row) => [row.creationDate, row.subscriptionCount])).toEqual([
      ["2016-02-04T00:00:00", "2"],
      ["2016-02-20T00:00:00", "1"],
    ]);
    const whole = run(rows, "subscriptions", "groupby=creationDate", {
      subscriptionsDefaultLevel: "dateRange",
    });
    expect(whole.Value).toEqual([
      { creationDate: "2016-02-04T00:00:00", subscriptionCount: "3", licenseCount: "12" },
    ]);
  });

  it("puts unset dates in a null group that sorts first", () => {
    const page = run(rows, "subscriptions", "groupby=deprovisionedDate&aggregationLevel=month");
    expect(page.Value.map((row) => [row.deprovisionedDate, row.subscriptionCount])).toEqual([
      [null, "2"],
      ["2017-01-01T00:00:00", "1"],
    ]);
  });
});

describe("search", () => {
  const hit = (
    searchDate: string,
    detailsViewed: boolean,
    contactButtonClicked: boolean,
    referralSubmitted: boolean,
  ) => ({
    searchDate,
    detailsViewed,
    contactButtonClicked,
    referralSubmitted,
    mpnId: 2604568,
    partnerMarket: "CN",
  });
  const rows = {
    search: [
      hit("2018-05-30", true, true, true),
      hit("2018-05-31", true, false, false),
      hit("2018-06-01", false, false, false),
      hit("2018-06-04", true, true, false),
    ],
  };

  it("counts impressions, profile views, contact clicks and referrals per bucket", () => {
    const page = run(rows, "search", "groupby=searchDate,partnerMarket&aggregationLevel=week");
    expect(page.Value).toEqual([
      {
        searchDate: "2018-05-28",
        partnerMarket: "CN",
        searchResultPageViews: 3,
        contactClicks: 1,
        referralCount: 1,
        profileViews: 2,
      },
      {
        searchDate: "2018-06-04",
        partnerMarket: "CN",
        searchResultPageViews: 1,
        contactClicks: 1,
        referralCount: 0,
        profileViews: 1,
      },
    ]);
  });

  it("sends searchDate as a plain date and mpnId as stored", () => {
    expect(run(rows, "search", "top=1").Value[0]).toMatchObject({
      searchDate: "2018-05-30",
      mpnId: 2604568,
      keywordCountry: null,
    });
  });

  it("matches a numeric mpnId against its quoted text", () => {
    expect(run(rows, "search", "filter=mpnId eq '2604568'").TotalCount).toBe(4);
    expect(run(rows, "search", "filter=contains(mpnId,'0456') and detailsViewed eq true").TotalCount).toBe(3);
  });
});

describe("referrals", () => {
  it("counts referrals per status (an inferred measure)", () => {
    const rows = { referrals: ["Won", "Lost", "Won"].map((status, i) => ({ id: String(i), status })) };
    expect(run(rows, "referrals", "groupby=status&orderby=referralCount desc").Value).toEqual([
      { status: "Won", referralCount: 2 },
      { status: "Lost", referralCount: 1 },
    ]);
  });
});

describe("rawRows", () => {
  it("gives every row as the API sends it", () => {
    const dataset = datasetFromRows({
      referrals: [{ id: "112310", status: "Accepted", createdDate: "2018-02-04T23:08:59" }],
    });
    expect([...rawRows(dataset, "referrals")]).toEqual([
      expect.objectContaining({
        id: "112310",
        status: "Accepted",
        createdDate: "2018-02-04T23:08:59",
        wonDate: null,
      }),
    ]);
  });
});
