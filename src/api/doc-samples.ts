// The sample payloads of partner-center-api.md, as JSON text copied from it (tests only). The "get all"
// pages show one bare row; the envelope around it is the doc's inference (§1.7).

export const inEnvelope = (row: string) => `{ "Value": [${row}], "@nextLink": null, "TotalCount": 1 }`;

export const groupedSubscriptions = `{
  "Value": [
    { "subscriptionType": "Azure",    "subscriptionCount": "63",  "licenseCount": "0" },
    { "subscriptionType": "Dynamics", "subscriptionCount": "62",  "licenseCount": "405" },
    { "subscriptionType": "EMS",      "subscriptionCount": "39",  "licenseCount": "193" },
    { "subscriptionType": "M365",     "subscriptionCount": "2",   "licenseCount": "5" },
    { "subscriptionType": "Office",   "subscriptionCount": "906", "licenseCount": "7485" },
    { "subscriptionType": "UNKNOWN",  "subscriptionCount": "104", "licenseCount": "439" },
    { "subscriptionType": "Windows",  "subscriptionCount": "2",   "licenseCount": "2" }
  ],
  "@nextLink": null,
  "TotalCount": 7
}`;

export const subscriptionRow = `{ "customerTenantId": "76906668-27FC-4F5B-A35C-75A9823E13AF", "customerName": "TESTORG65656565", "customerMarket": "US",
  "id": "4BF546B2-8998-4838-BEE2-5F1BBE65A04F", "status": "ACTIVE", "productName": "OFFICE 365 BUSINESS PREMIUM",
  "subscriptionType": "Office", "autoRenewEnabled": true, "partnerId": "3B33E682-00C3-41EE-9DD2-A548ADF56438",
  "friendlyName": "FULL OFFICE SUITE", "partnerName": "Partner Name", "providerName": "Provider Name",
  "creationDate": "2016-02-04T19:29:38.037", "effectiveStartDate": "2016-02-04T00:00:00",
  "commitmentEndDate": "2019-02-10T00:00:00", "currentStateEndDate": "2019-02-10T00:00:00",
  "trialToPaidConversionDate": null, "trialStartDate": null, "trialEndDate": null, "lastUsageDate": null,
  "deprovisionedDate": null, "lastRenewalDate": "2018-02-10T02:39:57.729", "licenseCount": 2,
  "churnRisk": "High", "billingCycleName": "MONTHLY" }`;

export const usageRow = `{ "customerTenantId": "39A1DFAC-4969-4F31-AF94-D76588189CFE", "customerName": "A",
  "subscriptionId": "EC649980-D623-49F5-B7C1-80CC772B83A8", "subscriptionName": "AZURE PURCHSE SAMPLE APP",
  "usageDate": "2018-05-27T00:00:00", "resourceLocation": "useast", "meterCategory": "Data Management",
  "meterSubcategory": "None", "meterUnit": "10,000s", "reservationOrderId": "", "reservationId": "",
  "consumptionMeterId": "", "serviceType": "", "quantity": 20 }`;

export const usageGroupedMock = `{ "Value": [
    { "meterCategory": "Data Management", "usageDate": "2018-05-01T00:00:00", "quantity": 20 },
    { "meterCategory": "Virtual Machines", "usageDate": "2018-05-01T00:00:00", "quantity": 744 } ],
  "@nextLink": "usage/azure?groupby=meterCategory,usageDate&aggregationLevel=month&top=2&skip=2",
  "TotalCount": 5 }`;

export const indirectResellerRow = `{ "partnerTenantId": "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE", "id": "1111111", "name": "RESELLER NAME", "market": "US",
  "firstSubscriptionCreationDate": "2016-10-18T19:16:25.107", "latestSubscriptionCreationDate": "2016-10-18T19:16:25.107",
  "firstSubscriptionEndDate": "2018-11-07T00:00:00", "latestSubscriptionEndDate": "2018-11-07T00:00:00",
  "firstSubscriptionSuspendedDate": "0001-01-01T00:00:00", "latestSubscriptionSuspendedDate": "0001-01-01T00:00:00",
  "firstSubscriptionDeprovisionedDate": "0001-01-01T00:00:00", "latestSubscriptionDeprovisionedEndDate": "0001-01-01T00:00:00",
  "subscriptionCount": 10, "licenseCount": 20 }`;

export const searchRow = `{ "companyName": "my company", "contactButtonClicked": false, "keywordCountry": null, "detailsViewed": true,
  "keywordIndustryFocus": null, "mpnId": 2604568, "partnerMarket": "CN", "keywordProduct": null,
  "referralSubmitted": false, "searchDate": "2018-05-30", "keywordSearchText": " my company" }`;

export const searchGroupedMock = `{ "searchDate": "2018-05-28", "partnerMarket": "CN", "searchResultPageViews": 40, "contactClicks": 2, "referralCount": 1, "profileViews": 9 }`;

export const referralRow = `{ "id": "112310", "status": "Accepted", "customerMarket": "US", "customerName": "Best Customer Ever",
  "customerOrgSize": "10to50employees", "acceptedDate": "2018-02-07T23:43:19", "acknowledgedDate": "2018-02-07T23:40:50",
  "archivedDate": null, "declinedDate": null, "expiredDate": null, "lostDate": null, "missedDate": null,
  "createdDate": "2018-02-04T23:08:59", "skippedDate": null, "wonDate": null, "partnerMarket": "US" }`;
