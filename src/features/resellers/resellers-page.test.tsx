import { configure, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { rawRows } from "../../../mock/dataset/generate-dataset.ts";
import { comparisonRange, parseRange, resolveRange, todayUtc, type DayRange } from "../../lib/date-range.ts";
import { formatBucket, formatNumber } from "../../lib/format.ts";
import { mockApiServer, TEST_BASE_URL, testDataset } from "../../testing/mock-api.ts";
import { cardTable, tableRows } from "../../testing/page-test-helpers.ts";
import { renderPage } from "../../testing/render-page.tsx";
import { ResellersPage } from "./resellers-page.tsx";

// Each page issues a dozen queries through the real mock engine; on a busy machine that takes seconds, not one.
configure({ asyncUtilTimeout: 10_000 });
const server = mockApiServer();

interface Reseller {
  name: string;
  market: string;
  firstSubscriptionCreationDate: string;
  subscriptionCount: number;
  licenseCount: number;
}
const all = [...rawRows(testDataset(), "indirectresellers")] as unknown as Reseller[];
const today = todayUtc();
// 37 months back to today: the demo's resellers made their first sales early in its history.
const spanText = `${Number(today.slice(0, 4)) - 3}${today.slice(4, 7)}-01..${today}`;
const span = resolveRange(parseRange(spanText)!, today);
const firstSaleIn = (r: DayRange, rows: Reseller[]) =>
  rows.filter(
    (row) =>
      row.firstSubscriptionCreationDate.slice(0, 10) >= r.from &&
      row.firstSubscriptionCreationDate.slice(0, 10) <= r.to,
  );
const sum = (rows: Reseller[], key: "subscriptionCount" | "licenseCount") =>
  rows.reduce((total, row) => total + row[key], 0);

const card = async (title: string) =>
  (await screen.findByRole("heading", { name: title, level: 2 })).closest("section")!;
const kpiTile = (label: string) =>
  screen.getByRole("heading", { name: label, level: 3 }).closest("[data-kpi]")!;
const kpiValue = (label: string) => kpiTile(label).querySelector("[data-kpi-value]")?.textContent;

async function expectSnapshot(rows: Reseller[]) {
  await waitFor(() => expect(kpiValue("Indirect resellers")).toBe(formatNumber(rows.length)));
  expect(kpiValue("Their subscriptions")).toBe(formatNumber(sum(rows, "subscriptionCount")));
  expect(kpiValue("Their licences")).toBe(formatNumber(sum(rows, "licenseCount")));
  for (const [key, title] of [
    ["subscriptionCount", "Top resellers by subscriptions"],
    ["licenseCount", "Top resellers by licences"],
  ] as const) {
    const top = await tableRows(title);
    const expected = rows
      .map((row) => row[key])
      .sort((a, b) => b - a)
      .slice(0, 10);
    expect(top.map((row) => row[1])).toEqual(expected.map(formatNumber));
    for (const [name, value] of top)
      expect(value).toBe(formatNumber(rows.find((row) => row.name === name)![key]));
  }
}

describe("ResellersPage", { timeout: 30_000 }, () => {
  test("totals, markets, top resellers and new resellers equal counts of the raw reseller rows", async () => {
    renderPage(<ResellersPage />, `/resellers?range=${spanText}&compare=previous`);
    expect(screen.getByRole("heading", { level: 1, name: "Indirect resellers" })).toBeInTheDocument();
    await expectSnapshot(all);

    const fresh = firstSaleIn(span, all);
    await waitFor(() => expect(kpiValue("New resellers")).toBe(formatNumber(fresh.length)));
    expect(kpiTile("New resellers")).toHaveTextContent(
      `: ${formatNumber(firstSaleIn(comparisonRange(span, "previous")!, all).length)}`,
    );
    const byMonth = new Map<string, number>();
    for (const row of fresh)
      byMonth.set(
        `${row.firstSubscriptionCreationDate.slice(0, 7)}-01`,
        (byMonth.get(`${row.firstSubscriptionCreationDate.slice(0, 7)}-01`) ?? 0) + 1,
      );
    const trend = await tableRows("New resellers over time");
    expect(trend).toHaveLength(37);
    for (const [label, count] of trend) {
      const month = [...byMonth.keys()].find((m) => formatBucket(m, "month") === label);
      expect(count).toBe(formatNumber(month ? byMonth.get(month)! : 0));
    }

    for (const [market, count] of await tableRows("Resellers by market")) {
      if (market!.startsWith("Other (")) continue;
      expect(count).toBe(formatNumber(all.filter((row) => row.market === market).length));
    }
  });

  test("a market filter narrows every number; resellers that never sold are not new", async () => {
    renderPage(<ResellersPage />, "/resellers?range=last-12-months&compare=previous&market=US,GB");
    const rows = all.filter((row) => ["US", "GB"].includes(row.market));
    await expectSnapshot(rows);
    await waitFor(() =>
      expect(kpiValue("New resellers")).toBe(
        formatNumber(firstSaleIn(resolveRange({ preset: "last-12-months" }, today), rows).length),
      ),
    );
    expect((await tableRows("Resellers by market")).map((row) => row[0]).sort()).toEqual(["GB", "US"]);
  });

  test("a failing query shows the error on its own card only", async () => {
    server.use(
      http.get(`${TEST_BASE_URL}/partner/v1/analytics/indirectresellers`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        if (params.get("groupby") !== "id,name" || !params.get("orderby")?.startsWith("licenseCount"))
          return undefined;
        return HttpResponse.json(
          { code: "500", description: "Ranking unavailable", data: [], source: "test" },
          { status: 500 },
        );
      }),
    );
    renderPage(<ResellersPage />, `/resellers?range=${spanText}&compare=previous`);
    const alert = await within(await card("Top resellers by licences")).findByRole("alert");
    expect(alert).toHaveTextContent("Correlation id");
    await waitFor(() => expect(kpiValue("Indirect resellers")).toBe(formatNumber(all.length)));
    for (const title of [
      "Top resellers by subscriptions",
      "Resellers by market",
      "New resellers over time",
    ]) {
      expect(await cardTable(title)).toBeInTheDocument();
      expect(within(await card(title)).queryByRole("alert")).not.toBeInTheDocument();
    }
  });

  test("no resellers in the chosen market: the cards say why", async () => {
    renderPage(<ResellersPage />, "/resellers?range=last-3-months&compare=previous&market=ZZ");
    for (const title of [
      "Resellers by market",
      "Top resellers by subscriptions",
      "Top resellers by licences",
    ]) {
      expect(
        await within(await card(title)).findByText(
          "No indirect resellers are linked to your partner account with the current filters.",
        ),
      ).toBeInTheDocument();
    }
    expect(
      await within(await card("New resellers over time")).findByText(
        /^No reseller sold its first subscription between .* with the current filters\.$/,
      ),
    ).toBeInTheDocument();
    expect(kpiValue("Indirect resellers")).toBe("0");
  });
});
