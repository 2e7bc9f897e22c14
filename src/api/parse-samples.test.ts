import { expect, test } from "vitest";
import * as samples from "./doc-samples.ts";
import { parsePage } from "./parse.ts";

const ids = { correlationId: "c", requestId: "r" };

test("grouped subscriptions: string counts become numbers, open subscriptionType values are kept", () => {
  const page = parsePage("subscriptions", "grouped", samples.groupedSubscriptions, ids);
  expect(page).toMatchObject({ totalCount: 7, nextLink: null });
  expect(page.rows.map((row) => row.subscriptionType)).toEqual([
    "Azure",
    "Dynamics",
    "EMS",
    "M365",
    "Office",
    "UNKNOWN",
    "Windows",
  ]);
  expect(page.rows[4]).toEqual({ subscriptionType: "Office", subscriptionCount: 906, licenseCount: 7485 });
  expect(page.rows.reduce((sum, row) => sum + (row.licenseCount ?? 0), 0)).toBe(8529);
  expect(page.rows.reduce((sum, row) => sum + (row.subscriptionCount ?? 0), 0)).toBe(1178);
});

test("subscriptions 'get all' row: zone-less dates become UTC ISO strings, nulls stay null", () => {
  const [row] = parsePage("subscriptions", "rows", samples.inEnvelope(samples.subscriptionRow), ids).rows;
  expect(row).toMatchObject({
    status: "ACTIVE",
    subscriptionType: "Office",
    autoRenewEnabled: true,
    creationDate: "2016-02-04T19:29:38.037Z",
    effectiveStartDate: "2016-02-04T00:00:00.000Z",
    commitmentEndDate: "2019-02-10T00:00:00.000Z",
    lastRenewalDate: "2018-02-10T02:39:57.729Z",
    trialToPaidConversionDate: null,
    trialEndDate: null,
    deprovisionedDate: null,
    licenseCount: 2,
    churnRisk: "High",
    billingCycleName: "MONTHLY",
  });
  expect(Object.keys(row ?? {})).toHaveLength(25);
});

test("usage row", () => {
  const [row] = parsePage("usage/azure", "rows", samples.inEnvelope(samples.usageRow), ids).rows;
  expect(row).toMatchObject({
    usageDate: "2018-05-27T00:00:00.000Z",
    meterUnit: "10,000s",
    reservationId: "",
    quantity: 20,
  });
});

test("indirect resellers: 0001-01-01 means never, the misspelled field is renamed", () => {
  const [row] = parsePage(
    "indirectresellers",
    "rows",
    samples.inEnvelope(samples.indirectResellerRow),
    ids,
  ).rows;
  expect(row).toMatchObject({
    id: "1111111",
    firstSubscriptionCreationDate: "2016-10-18T19:16:25.107Z",
    firstSubscriptionEndDate: "2018-11-07T00:00:00.000Z",
    firstSubscriptionSuspendedDate: null,
    latestSubscriptionSuspendedDate: null,
    firstSubscriptionDeprovisionedDate: null,
    latestSubscriptionDeprovisionedDate: null,
    subscriptionCount: 10,
    licenseCount: 20,
  });
  expect(row).not.toHaveProperty("latestSubscriptionDeprovisionedEndDate");
});

test("search: numeric mpnId becomes a string, date-only searchDate is accepted", () => {
  const [row] = parsePage("search", "rows", samples.inEnvelope(samples.searchRow), ids).rows;
  expect(row).toEqual({
    companyName: "my company",
    contactButtonClicked: false,
    keywordCountry: null,
    detailsViewed: true,
    keywordIndustryFocus: null,
    mpnId: "2604568",
    partnerMarket: "CN",
    keywordProduct: null,
    referralSubmitted: false,
    searchDate: "2018-05-30T00:00:00.000Z",
    keywordSearchText: " my company",
  });
});

test("referrals", () => {
  const [row] = parsePage("referrals", "rows", samples.inEnvelope(samples.referralRow), ids).rows;
  expect(row).toMatchObject({
    id: "112310",
    status: "Accepted",
    customerOrgSize: "10to50employees",
    acceptedDate: "2018-02-07T23:43:19.000Z",
    createdDate: "2018-02-04T23:08:59.000Z",
    wonDate: null,
  });
});

test("the doc's mock responses: grouped usage with a nextLink, grouped search by week", () => {
  const usage = parsePage("usage/azure", "grouped", samples.usageGroupedMock, ids);
  expect(usage).toMatchObject({
    totalCount: 5,
    nextLink: "usage/azure?groupby=meterCategory,usageDate&aggregationLevel=month&top=2&skip=2",
  });
  expect(usage.rows[1]).toEqual({
    meterCategory: "Virtual Machines",
    usageDate: "2018-05-01T00:00:00.000Z",
    quantity: 744,
  });
  const [search] = parsePage("search", "grouped", samples.inEnvelope(samples.searchGroupedMock), ids).rows;
  expect(search).toEqual({
    searchDate: "2018-05-28T00:00:00.000Z",
    partnerMarket: "CN",
    searchResultPageViews: 40,
    contactClicks: 2,
    referralCount: 1,
    profileViews: 9,
  });
});
