import { describe, expect, it } from "vitest";
import { datasetFromRows } from "../dataset/dataset-from-rows.ts";
import { rawRows } from "../dataset/generate-dataset.ts";
import { RESOURCES } from "./resources.ts";
import { queryRows } from "./testing/small-datasets.ts";

describe("usage/azure", () => {
  const day = (category: string, date: string, quantity: number) => ({
    meterCategory: category,
    usageDate: date,
    quantity,
  });
  const rows = [
    day("Data Management", "2018-05-27", 20),
    day("Virtual Machines", "2018-05-01", 720),
    day("Virtual Machines", "2018-05-31T00:00:00", 24),
    day("Virtual Machines", "2018-06-01", 700),
    day("Storage", "2018-05-03", 5),
    day("Storage", "2018-06-03", 6),
  ];

  it("answers the documented grouped example exactly", () => {
    const page = queryRows(
      "usage/azure",
      rows,
      "groupby=meterCategory,usageDate&aggregationLevel=month&top=2",
    );
    expect(page).toEqual({
      Value: [
        { meterCategory: "Data Management", usageDate: "2018-05-01T00:00:00", quantity: 20 },
        { meterCategory: "Storage", usageDate: "2018-05-01T00:00:00", quantity: 5 },
      ],
      "@nextLink": "usage/azure?groupby=meterCategory,usageDate&aggregationLevel=month&top=2&skip=2",
      TotalCount: 5,
    });
    const vms = queryRows(
      "usage/azure",
      rows,
      "filter=meterCategory eq 'virtual machines'&groupby=meterCategory,usageDate&aggregationLevel=month",
    );
    expect(vms.Value[0]).toEqual({
      meterCategory: "Virtual Machines",
      usageDate: "2018-05-01T00:00:00",
      quantity: 744,
    });
  });

  it("defaults aggregationLevel to day", () => {
    const page = queryRows(
      "usage/azure",
      rows,
      "groupby=usageDate&filter=meterCategory eq 'Virtual Machines'",
    );
    expect(page.Value.map((row) => row.usageDate)).toEqual([
      "2018-05-01T00:00:00",
      "2018-05-31T00:00:00",
      "2018-06-01T00:00:00",
    ]);
  });

  it("emits raw rows in the sample's shape and field order", () => {
    const page = queryRows("usage/azure", rows, "top=1");
    expect(Object.keys(page.Value[0] ?? {})).toEqual(
      RESOURCES["usage/azure"].fields.map((field) => field.name),
    );
    expect(page.Value[0]).toMatchObject({ usageDate: "2018-05-27T00:00:00", quantity: 20 });
  });

  it("filters and orders the quantity like any number", () => {
    const page = queryRows("usage/azure", rows, "filter=quantity ge 700&orderby=quantity desc");
    expect(page.Value.map((row) => row.quantity)).toEqual([720, 700]);
  });
});

describe("indirectresellers", () => {
  const never = "0001-01-01T00:00:00";
  const rows = [
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
  ];

  it("sends 0001-01-01T00:00:00 for dates that never happened", () => {
    const [first] = queryRows("indirectresellers", rows, "top=1").Value;
    expect(first?.latestSubscriptionDeprovisionedDate).toBe(never);
    expect(first?.firstSubscriptionSuspendedDate).toBe(never);
    expect(Object.keys(first ?? {})).toContain("latestSubscriptionDeprovisionedDate");
  });

  it("treats the 0001-01-01 date as unset in filters", () => {
    const ids = (filter: string) =>
      queryRows("indirectresellers", rows, { filter }).Value.map((row) => row.id);
    expect(ids("firstSubscriptionSuspendedDate eq null")).toEqual(["1", "3"]);
    expect(ids("firstSubscriptionSuspendedDate eq cast('0001-01-01T00:00:00', Edm.DateTimeOffset)")).toEqual([
      "1",
      "3",
    ]);
    expect(ids("firstSubscriptionSuspendedDate ne null")).toEqual(["2"]);
    expect(ids("latestSubscriptionDeprovisionedEndDate eq null and Name eq 'litware'")).toEqual(["3"]);
  });

  it("aggregates the reseller count and sums the counts", () => {
    const page = queryRows("indirectresellers", rows, "groupby=market&orderby=subscriptionCount desc");
    expect(page.Value).toEqual([
      { market: "US", indirectResellerCount: 2, licenseCount: 120, subscriptionCount: 14 },
      { market: "GB", indirectResellerCount: 1, licenseCount: 0, subscriptionCount: 0 },
    ]);
  });

  it("orders raw rows by the documented number fields", () => {
    const page = queryRows("indirectresellers", rows, "orderby=market,subscriptionCount");
    expect(page.Value.map((row) => row.id)).toEqual(["3", "2", "1"]);
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
  const rows = [
    hit("2018-05-30", true, true, true),
    hit("2018-05-31", true, false, false),
    hit("2018-06-01", false, false, false),
    hit("2018-06-04", true, true, false),
  ];

  it("counts impressions, profile views, contact clicks and referrals per bucket", () => {
    const page = queryRows("search", rows, "groupby=searchDate,partnerMarket&aggregationLevel=week");
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
    expect(queryRows("search", rows, "top=1").Value[0]).toMatchObject({
      searchDate: "2018-05-30",
      mpnId: 2604568,
      keywordCountry: null,
    });
  });

  it("matches a numeric mpnId against its quoted text", () => {
    expect(queryRows("search", rows, "filter=mpnId eq '2604568'").TotalCount).toBe(4);
    expect(
      queryRows("search", rows, "filter=contains(mpnId,'0456') and detailsViewed eq true").TotalCount,
    ).toBe(3);
  });
});

describe("referrals", () => {
  it("counts referrals per status (an inferred measure)", () => {
    const rows = ["Won", "Lost", "Won"].map((status, i) => ({ id: String(i), status }));
    expect(queryRows("referrals", rows, "groupby=status&orderby=referralCount desc").Value).toEqual([
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
