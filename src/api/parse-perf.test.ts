import { expect, test } from "vitest";
import { parsePage } from "./parse.ts";

// Grids and exports read up to 100k raw rows; parsing must stay well under a second. Logged, not asserted:
// timings on shared CI machines are too noisy for a hard limit.
// Building the 85 MB payload takes longer than parsing it, and CI machines are shared: a generous timeout.
test("parses 100,000 subscription rows", { timeout: 60_000 }, () => {
  const statuses = ["ACTIVE", "SUSPENDED", "DEPROVISIONED"];
  const day = (i: number) =>
    new Date(Date.UTC(2016, 0, 1) + (i % 3000) * 86_400_000).toISOString().slice(0, 19);
  const rows = Array.from({ length: 100_000 }, (_, i) => ({
    customerTenantId: `76906668-27FC-4F5B-A35C-${String(i).padStart(12, "0")}`,
    customerName: `Customer ${i % 1500}`,
    customerMarket: "US",
    id: crypto.randomUUID(),
    status: statuses[i % 3],
    productName: "OFFICE 365 BUSINESS PREMIUM",
    subscriptionType: "Office",
    autoRenewEnabled: i % 2 === 0,
    partnerId: "3B33E682-00C3-41EE-9DD2-A548ADF56438",
    friendlyName: "FULL OFFICE SUITE",
    partnerName: "Partner Name",
    providerName: "Provider Name",
    creationDate: `${day(i)}.037`,
    effectiveStartDate: day(i + 1),
    commitmentEndDate: day(i + 365),
    currentStateEndDate: day(i + 365),
    trialToPaidConversionDate: null,
    trialStartDate: i % 10 === 0 ? day(i) : null,
    trialEndDate: null,
    lastUsageDate: day(i + 30),
    deprovisionedDate: i % 3 === 2 ? day(i + 200) : null,
    lastRenewalDate: `${day(i + 300)}.729`,
    licenseCount: i % 50,
    churnRisk: "High",
    billingCycleName: "MONTHLY",
  }));
  const text = JSON.stringify({ Value: rows, "@nextLink": null, TotalCount: rows.length });

  const started = performance.now();
  const page = parsePage("subscriptions", "rows", text, { correlationId: "c", requestId: "r" });
  const elapsed = performance.now() - started;

  const jsonStarted = performance.now();
  JSON.parse(text);
  const jsonOnly = performance.now() - jsonStarted;

  console.info(
    `parsed ${page.rows.length} subscription rows (${(text.length / 1e6).toFixed(1)} MB) in ${elapsed.toFixed(0)} ms (JSON.parse alone: ${jsonOnly.toFixed(0)} ms)`,
  );
  expect(page.rows).toHaveLength(100_000);
  expect(page.rows[99_999]).toMatchObject({
    licenseCount: 49,
    status: "ACTIVE",
    creationDate: expect.stringMatching(/\.037Z$/),
  });
});
