import { waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http } from "msw";
import { describe, expect, it } from "vitest";
import { rawRows } from "../../../mock/dataset/generate-dataset.ts";
import { formatBucket, formatDay, formatNumber } from "../../lib/format.ts";
import { mockApiServer, TEST_BASE_URL, testDataset } from "../../testing/mock-api.ts";
import { renderPage } from "../../testing/render-page.tsx";
import {
  addDays,
  card,
  countBy,
  failGroupby,
  inDays,
  kpiText,
  kpiValue,
  LOAD,
  tableCells,
} from "../../testing/page-test-helpers.ts";
import { SubscriptionsPage } from "./subscriptions-page.tsx";

interface Sub {
  status: string;
  subscriptionType: string;
  productName: string;
  autoRenewEnabled: boolean;
  licenseCount: number;
  creationDate: string | null;
  deprovisionedDate: string | null;
  commitmentEndDate: string | null;
}

const server = mockApiServer();

// The expected numbers come straight from the raw rows, counted by hand, not through the page's code.
const all = [...rawRows(testDataset(), "subscriptions")] as unknown as Sub[];
const now = new Date();
const today = now.toISOString().slice(0, 10);
const monthStart = (offset: number) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 10);
const months = (first: number, count: number) => ({
  from: monthStart(first),
  to: addDays(monthStart(first + count), -1),
});
const nextDay = (day: string) => `${addDays(day, 1)}T00:00:00`;
const inService = (rows: Sub[], end: string) =>
  rows.filter(
    (r) =>
      r.creationDate! < nextDay(end) && (r.deprovisionedDate === null || r.deprovisionedDate >= nextDay(end)),
  );
const sum = (rows: Sub[], field: "licenseCount") => rows.reduce((total, r) => total + r[field], 0);

describe("SubscriptionsPage", () => {
  it("shows KPIs, status buckets and renewals equal to counts over the raw rows", async () => {
    renderPage(<SubscriptionsPage />, "/subscriptions?range=last-3-months&compare=previous&grain=day");
    const range = months(-3, 3);
    const previous = months(-6, 3);
    const created = all.filter((r) => inDays(r.creationDate, range));
    expect(created.length).toBeGreaterThan(0);

    expect(await kpiValue("New subscriptions")).toBe(formatNumber(created.length));
    expect(kpiText("New subscriptions")).toContain(
      `: ${formatNumber(all.filter((r) => inDays(r.creationDate, previous)).length)}`,
    );
    expect(await kpiValue("Deprovisioned")).toBe(
      formatNumber(all.filter((r) => inDays(r.deprovisionedDate, range)).length),
    );
    expect(await kpiValue("Subscriptions in service")).toBe(formatNumber(inService(all, range.to).length));
    expect(kpiText("Subscriptions in service")).toContain(
      `: ${formatNumber(inService(all, previous.to).length)}`,
    );
    expect(await kpiValue("Licences in service")).toBe(
      formatNumber(sum(inService(all, range.to), "licenseCount")),
    );

    // Three months are drawn by day: one table row per day, one column per status.
    const [header, ...body] = await tableCells("New subscriptions by status");
    const statuses = header!.slice(1, -1);
    expect(statuses).toEqual(
      ["ACTIVE", "SUSPENDED", "DEPROVISIONED"].filter((s) => created.some((r) => r.status === s)),
    );
    const perDay = countBy(created, (r) => `${r.creationDate!.slice(0, 10)}|${r.status}`);
    expect(body).toHaveLength((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 + 1);
    body.forEach((row, i) => {
      const day = addDays(range.from, i);
      expect(row[0]).toBe(formatBucket(day, "day"));
      statuses.forEach((status, s) => expect(row[s + 1]).toBe(formatNumber(perDay[`${day}|${status}`] ?? 0)));
    });

    const due = all.filter(
      (r) =>
        r.status !== "DEPROVISIONED" &&
        r.commitmentEndDate !== null &&
        r.commitmentEndDate >= `${today}T00:00:00`,
    );
    const renewals = await tableCells("Renewals due");
    expect(renewals[0]).toEqual(["Due within", "Auto-renew on", "Auto-renew off", "Total"]);
    [30, 60, 90].forEach((days, i) => {
      const window = due.filter((r) => r.commitmentEndDate! < nextDay(addDays(today, days - 1)));
      const on = window.filter((r) => r.autoRenewEnabled).length;
      expect(renewals[i + 1]).toEqual([
        `Next ${days} days`,
        formatNumber(on),
        formatNumber(window.length - on),
        formatNumber(window.length),
      ]);
    });
  }, 60_000);

  it("applies a filtered URL to every number", async () => {
    renderPage(
      <SubscriptionsPage />,
      "/subscriptions?range=last-6-months&compare=year&status=ACTIVE,SUSPENDED&subscriptionType=Office&autoRenewEnabled=true",
    );
    const range = months(-6, 6);
    const matching = all.filter(
      (r) =>
        ["ACTIVE", "SUSPENDED"].includes(r.status) && r.subscriptionType === "Office" && r.autoRenewEnabled,
    );
    const lastYear = {
      from: `${Number(range.from.slice(0, 4)) - 1}${range.from.slice(4)}`,
      to: addDays(`${Number(range.to.slice(0, 4)) - 1}${addDays(range.to, 1).slice(4)}`, -1),
    };

    expect(matching.filter((r) => inDays(r.creationDate, range)).length).toBeGreaterThan(0);
    expect(await kpiValue("New subscriptions")).toBe(
      formatNumber(matching.filter((r) => inDays(r.creationDate, range)).length),
    );
    expect(kpiText("New subscriptions")).toContain(
      `: ${formatNumber(matching.filter((r) => inDays(r.creationDate, lastYear)).length)}`,
    );

    const licences = countBy(
      inService(matching, range.to),
      (r) => r.productName,
      (r) => r.licenseCount,
    );
    const top = Object.values(licences)
      .sort((a, b) => b - a)
      .slice(0, 10);
    const [header, ...body] = await tableCells("Top products by licences");
    expect(header).toEqual(["Product", "Licences"]);
    expect(body.map((row) => row[1])).toEqual(top.map(formatNumber));
    body.forEach(([product, value]) => expect(value).toBe(formatNumber(licences[product!]!)));

    const types = await tableCells("Subscriptions in service by type");
    expect(types.slice(1)).toEqual([["Office", formatNumber(inService(matching, range.to).length)]]);
  }, 60_000);

  it("drills down: a type button adds that filter, and the old numbers stay until the new ones arrive", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(`${TEST_BASE_URL}/partner/v1/analytics/subscriptions`, async ({ request }) => {
        if (new URL(request.url).searchParams.get("filter")?.includes("subscriptionType eq 'UNKNOWN'"))
          await gate;
      }),
    );
    const { location } = renderPage(<SubscriptionsPage />, "/subscriptions?range=last-3-months&compare=none");
    const before = await tableCells("Subscriptions in service by type");
    expect(before.length).toBeGreaterThan(2);
    const buttons = await within(card("Subscriptions in service by type")).findByRole(
      "list",
      { name: "Filter by type" },
      LOAD,
    );
    await userEvent.click(within(buttons).getByRole("button", { name: "UNKNOWN" }));
    expect(location.history?.at(-1)).toContain("subscriptionType=UNKNOWN");
    expect(await tableCells("Subscriptions in service by type")).toEqual(before);
    release();
    await waitFor(
      async () =>
        expect((await tableCells("Subscriptions in service by type")).slice(1).map((row) => row[0])).toEqual([
          "UNKNOWN",
        ]),
      LOAD,
    );
  }, 60_000);

  it("shows a failing query's error on its card only", async () => {
    failGroupby(server, "subscriptions", "commitmentEndDate,autoRenewEnabled");
    renderPage(<SubscriptionsPage />, "/subscriptions?range=last-3-months&compare=previous");
    const alert = await within(card("Renewals due")).findByRole("alert", {}, LOAD);
    expect(alert).toHaveTextContent(/Correlation id/);
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeInTheDocument();
    await tableCells("New subscriptions by status");
    for (const title of [
      "New subscriptions by status",
      "Top products by subscriptions",
      "Trials and conversions",
      "New versus deprovisioned",
    ]) {
      expect(within(card(title)).queryByRole("alert")).toBeNull();
    }
  }, 60_000);

  it("says why a card is empty", async () => {
    renderPage(<SubscriptionsPage />, "/subscriptions?range=last-month&customerName=no-such-customer");
    const range = months(-1, 1);
    const text = `No subscriptions were created between ${formatDay(range.from)} and ${formatDay(range.to)} with the current filters.`;
    expect(await within(card("New subscriptions by status")).findByText(text, {}, LOAD)).toBeInTheDocument();
    expect(
      within(card("New subscriptions by status")).queryByRole("button", { name: "View as table" }),
    ).toBeNull();
  }, 60_000);
});
