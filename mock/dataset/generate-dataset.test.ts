import { beforeAll, describe, expect, it } from "vitest";
import { DAY_MS, parseIsoDate } from "../engine/dates.ts";
import { RESOURCE_NAMES } from "../engine/resources.ts";
import { runQuery } from "../engine/run-query.ts";
import { HOSTILE_KEYWORD } from "./catalog-search.ts";
import { HOSTILE_CUSTOMER_NAMES } from "./customers.ts";
import { BASE_ROWS, generateDataset, rawRows, type Dataset } from "./generate-dataset.ts";

const TODAY = new Date("2026-05-31T15:45:00Z");
const TODAY_MS = Date.UTC(2026, 4, 31);
const ms = (value: unknown): number =>
  typeof value === "string" ? (parseIsoDate(value) ?? Number.NaN) : Number.NaN;
const rows = (dataset: Dataset, resource: (typeof RESOURCE_NAMES)[number]) => [...rawRows(dataset, resource)];

describe("generateDataset determinism", () => {
  it("gives identical rows for the same seed and today, different ones for another seed", () => {
    const options = { seed: 7, today: TODAY, scale: 0.02 };
    const first = generateDataset(options);
    const second = generateDataset({ ...options, today: new Date("2026-05-31T01:00:00Z") });
    const other = generateDataset({ ...options, seed: 8 });
    for (const resource of RESOURCE_NAMES) {
      expect(rows(second, resource)).toEqual(rows(first, resource));
      expect(rows(other, resource)).not.toEqual(rows(first, resource));
    }
    expect(first.today.toISOString()).toBe("2026-05-31T00:00:00.000Z");
  });

  it("does not depend on the machine's time zone", () => {
    const options = { seed: 7, today: TODAY, scale: 0.02 };
    const utc = generateDataset(options);
    const zone = process.env.TZ;
    try {
      process.env.TZ = "America/New_York";
      const elsewhere = generateDataset(options);
      for (const resource of RESOURCE_NAMES) expect(rows(elsewhere, resource)).toEqual(rows(utc, resource));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("scales one resource without growing usage", () => {
    const dataset = generateDataset({ today: TODAY, scale: { subscriptions: 7, search: 0, referrals: 0 } });
    expect(dataset.tables.subscriptions.length).toBeGreaterThanOrEqual(100_000);
    expect(dataset.tables["usage/azure"].length).toBeGreaterThan(950_000);
    expect(dataset.tables["usage/azure"].length).toBeLessThan(1_050_000);
    expect(dataset.tables.search.length).toBe(0);
  });
});

describe("the demo dataset at scale 1", () => {
  let dataset: Dataset;
  let subscriptions: Record<string, unknown>[];
  beforeAll(() => {
    dataset = generateDataset({ today: TODAY });
    subscriptions = rows(dataset, "subscriptions");
  });

  it("has row counts near the targets", () => {
    for (const resource of RESOURCE_NAMES) {
      expect(dataset.tables[resource].length).toBeGreaterThan(BASE_ROWS[resource] * 0.95);
      expect(dataset.tables[resource].length).toBeLessThan(BASE_ROWS[resource] * 1.05);
    }
    const customers = new Set(subscriptions.map((sub) => sub.customerTenantId));
    expect(customers.size).toBeGreaterThan(1_400);
    expect(customers.size).toBeLessThanOrEqual(1_500);
    expect(new Set(subscriptions.map((sub) => sub.customerMarket)).size).toBe(30);
  });

  it("keeps subscription dates and statuses consistent", () => {
    for (const sub of subscriptions) {
      expect(sub.deprovisionedDate !== null).toBe(sub.status === "DEPROVISIONED");
      expect(ms(sub.commitmentEndDate)).toBeGreaterThan(ms(sub.effectiveStartDate));
      expect(ms(sub.creationDate)).toBeLessThan(TODAY_MS);
      if (sub.status === "ACTIVE") expect(ms(sub.commitmentEndDate)).toBeGreaterThanOrEqual(TODAY_MS);
      if (sub.trialStartDate !== null) expect(ms(sub.trialEndDate)).toBeGreaterThan(ms(sub.trialStartDate));
      if (sub.trialToPaidConversionDate !== null) {
        expect(ms(sub.trialToPaidConversionDate)).toBeGreaterThan(ms(sub.trialStartDate));
        expect(ms(sub.trialToPaidConversionDate)).toBeLessThanOrEqual(ms(sub.trialEndDate) + DAY_MS);
      }
      if (sub.subscriptionType === "Azure") expect(sub.licenseCount).toBe(0);
      else expect(sub.licenseCount).toBeGreaterThan(0);
    }
  });

  it("has a realistic mix of statuses, types, renewals and trials", () => {
    const share = (test: (sub: Record<string, unknown>) => boolean) =>
      subscriptions.filter(test).length / subscriptions.length;
    expect(share((sub) => sub.status === "ACTIVE")).toBeGreaterThan(0.6);
    expect(share((sub) => sub.status === "SUSPENDED")).toBeGreaterThan(0.01);
    expect(share((sub) => sub.status === "DEPROVISIONED")).toBeGreaterThan(0.1);
    expect(share((sub) => sub.autoRenewEnabled === false)).toBeGreaterThan(0.1);
    expect(share((sub) => sub.lastRenewalDate !== null)).toBeGreaterThan(0.2);
    expect(share((sub) => sub.trialToPaidConversionDate !== null)).toBeGreaterThan(0.01);
    const dueSoon = (sub: Record<string, unknown>) =>
      sub.status === "ACTIVE" && ms(sub.commitmentEndDate) <= TODAY_MS + 90 * DAY_MS;
    expect(share(dueSoon)).toBeGreaterThan(0.1);
    const types = new Set(subscriptions.map((sub) => sub.subscriptionType));
    for (const type of ["Office", "Azure", "Microsoft365", "Dynamics", "EMS", "M365", "UNKNOWN", "Windows"]) {
      expect(types).toContain(type);
    }
  });

  it("grows: more subscriptions were created in the last year than in the first", () => {
    const year = 365 * DAY_MS;
    const created = subscriptions.map((sub) => ms(sub.creationDate));
    const recent = created.filter((t) => t >= TODAY_MS - year).length;
    const oldest = created.filter((t) => t < TODAY_MS - 2 * year).length;
    expect(recent).toBeGreaterThan(oldest * 1.5);
  });

  it("includes the hostile strings security tests look for", () => {
    const names = new Set(subscriptions.map((sub) => sub.customerName));
    for (const name of HOSTILE_CUSTOMER_NAMES) expect(names).toContain(name);
    expect(rows(dataset, "search").some((row) => row.keywordSearchText === HOSTILE_KEYWORD)).toBe(true);
  });

  // Security tests look the hostile names up in Azure usage; before this held by construction, 2026-11-30 was a day
  // without any (their plan had lapsed before the window), and every CI run that day failed.
  it.each(["2026-11-30", "2026-12-31", "2027-01-01", "2027-03-31", "2028-02-29", "2028-03-01"])(
    "gives every hostile-named customer Azure usage in the window on %s, at the demo's scales",
    (day) => {
      for (const scale of [1, 0.2]) {
        // Only subscriptions and usage matter here; usage's size does not change which subscriptions it reads first.
        const small = generateDataset({
          seed: 20260101,
          today: new Date(`${day}T00:00:00Z`),
          scale: { subscriptions: scale, "usage/azure": 0.02 },
        });
        const used = new Set(rows(small, "usage/azure").map((row) => row.customerName));
        for (const name of HOSTILE_CUSTOMER_NAMES) expect(used, `${name} at scale ${scale}`).toContain(name);
      }
    },
  );

  it("spans 13 whole months of daily usage and this month up to yesterday, with several meter units", () => {
    const page = runQuery(
      dataset,
      "usage/azure",
      new URLSearchParams("groupby=usageDate&orderby=usageDate desc&top=1"),
    );
    expect(page.Value[0]?.usageDate).toBe("2026-05-30T00:00:00");
    // 13 whole months before this one: the oldest month is complete.
    const oldest = runQuery(
      dataset,
      "usage/azure",
      new URLSearchParams("groupby=usageDate&orderby=usageDate asc&top=1"),
    );
    expect(oldest.Value[0]?.usageDate).toBe("2025-04-01T00:00:00");
    expect(page.TotalCount).toBe(425);
    const units = runQuery(dataset, "usage/azure", new URLSearchParams("groupby=meterUnit")).Value.map(
      (row) => row.meterUnit,
    );
    expect(units).toEqual(["1 GB", "1 GB/Month", "1 Hour", "10,000s", "100 Hours"]);
  });

  it("sums grouped usage exactly like the raw rows", () => {
    const totals = new Map<string, number>();
    for (const row of rawRows(dataset, "usage/azure")) {
      const key = `${String(row.meterCategory)}|${String(row.usageDate).slice(0, 7)}`;
      totals.set(key, (totals.get(key) ?? 0) + Number(row.quantity));
    }
    const page = runQuery(
      dataset,
      "usage/azure",
      new URLSearchParams("groupby=meterCategory,usageDate&aggregationLevel=month"),
    );
    const grouped = new Map(
      page.Value.map((row) => [
        `${String(row.meterCategory)}|${String(row.usageDate).slice(0, 7)}`,
        row.quantity,
      ]),
    );
    expect(grouped).toEqual(totals);
  });

  it("derives reseller counts from the subscriptions they sold", () => {
    const resellers = rows(dataset, "indirectresellers");
    const byTenant = new Map(resellers.map((reseller) => [reseller.partnerTenantId, 0]));
    for (const sub of subscriptions) {
      const count = byTenant.get(sub.partnerId);
      if (count !== undefined && sub.status !== "DEPROVISIONED") byTenant.set(sub.partnerId, count + 1);
    }
    for (const reseller of resellers)
      expect(reseller.subscriptionCount).toBe(byTenant.get(reseller.partnerTenantId));
    expect(
      resellers.some((reseller) => reseller.firstSubscriptionSuspendedDate === "0001-01-01T00:00:00"),
    ).toBe(true);
  });

  it("keeps new resellers arriving: first sales in each year of the history, not all at its start", () => {
    const firsts = rows(dataset, "indirectresellers")
      .map((reseller) => String(reseller.firstSubscriptionCreationDate))
      .filter((date) => !date.startsWith("0001"));
    const inYear = (from: string, to: string) => firsts.filter((date) => date >= from && date < to).length;
    expect(firsts.length).toBeGreaterThan(100);
    for (const [from, to] of [
      ["2023-06-01", "2024-06-01"],
      ["2024-06-01", "2025-06-01"],
      ["2025-06-01", "2026-06-01"],
    ] as const)
      expect(inYear(from, to), `${from} – ${to}`).toBeGreaterThanOrEqual(firsts.length / 10);
  });

  it("moves referrals through their stages in order, the status naming the latest stage", () => {
    const order = [
      "createdDate",
      "acknowledgedDate",
      "acceptedDate",
      "declinedDate",
      "expiredDate",
      "wonDate",
      "lostDate",
    ];
    const statuses = new Set<unknown>();
    for (const referral of rows(dataset, "referrals")) {
      statuses.add(referral.status);
      const reached = order.filter((field) => referral[field] !== null).map((field) => ms(referral[field]));
      expect(reached).toEqual([...reached].sort((p, q) => p - q));
      const latest = Object.entries(referral).filter(
        ([field, value]) => field.endsWith("Date") && value !== null,
      );
      const last = latest.sort((p, q) => ms(p[1]) - ms(q[1])).at(-1)?.[0] ?? "";
      const expected = last === "createdDate" ? "Created" : last.replace("Date", "");
      expect(String(referral.status).toLowerCase()).toBe(expected.toLowerCase());
    }
    expect(statuses.size).toBeGreaterThanOrEqual(9);
  });

  it("keeps the search funnel narrowing and mpnId sometimes numeric", () => {
    const page = runQuery(dataset, "search", new URLSearchParams("groupby=partnerMarket"), {});
    for (const row of page.Value) {
      expect(Number(row.profileViews)).toBeLessThan(Number(row.searchResultPageViews));
      expect(Number(row.referralCount)).toBeLessThanOrEqual(Number(row.profileViews));
    }
    const ids = new Set([...rawRows(dataset, "search")].map((row) => typeof row.mpnId));
    expect(ids).toEqual(new Set(["number", "string"]));
  });
});
