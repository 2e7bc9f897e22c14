import { configure, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { rawRows } from "../../../mock/dataset/generate-dataset.ts";
import { comparisonRange, resolveRange, todayUtc, type DayRange } from "../../lib/date-range.ts";
import { formatBucket, formatNumber, formatShare } from "../../lib/format.ts";
import { NOT_SET } from "../../lib/grouped-series.ts";
import { bucketStart } from "../../lib/time-buckets.ts";
import { mockApiServer, TEST_BASE_URL, testDataset } from "../../testing/mock-api.ts";
import { tableRows } from "../../testing/page-test-helpers.ts";
import { renderPage } from "../../testing/render-page.tsx";
import { SearchPage } from "./search-page.tsx";

// Each page issues a dozen queries through the real mock engine; on a busy machine that takes seconds, not one.
configure({ asyncUtilTimeout: 10_000 });
const server = mockApiServer();

interface Search {
  searchDate: string;
  keywordSearchText: string;
  keywordProduct: string | null;
  keywordIndustryFocus: string | null;
  detailsViewed: boolean;
  contactButtonClicked: boolean;
  referralSubmitted: boolean;
}
const all = [...rawRows(testDataset(), "search")] as unknown as Search[];
const range = resolveRange({ preset: "last-3-months" }, todayUtc());
const previous = comparisonRange(range, "previous")!;
const inRange = (r: DayRange, keep: (row: Search) => boolean = () => true) =>
  all.filter((row) => row.searchDate >= r.from && row.searchDate <= r.to && keep(row));

const measures = (rows: Search[]) =>
  [
    ["Search result page views", rows.length],
    ["Profile views", rows.filter((row) => row.detailsViewed).length],
    ["Contact clicks", rows.filter((row) => row.contactButtonClicked).length],
    ["Referrals", rows.filter((row) => row.referralSubmitted).length],
  ] as const;

const card = async (title: string) =>
  (await screen.findByRole("heading", { name: title, level: 2 })).closest("section")!;
const kpiTile = (label: string) =>
  screen.getByRole("heading", { name: label, level: 3 }).closest("[data-kpi]")!;

async function expectTotals(rows: Search[], before: Search[]) {
  const now = measures(rows);
  const earlier = measures(before);
  await waitFor(() =>
    expect(kpiTile(now[0][0]).querySelector("[data-kpi-value]")).toHaveTextContent(formatNumber(now[0][1])),
  );
  now.forEach(([label, value], i) => {
    expect(kpiTile(label).querySelector("[data-kpi-value]")?.textContent).toBe(formatNumber(value));
    expect(kpiTile(label)).toHaveTextContent(`: ${formatNumber(earlier[i]![1])}`);
  });
  expect(await tableRows("Search funnel")).toEqual(
    now.map(([label, value], i) => [
      label,
      formatNumber(value),
      // A step after an empty one has no share (the filtered searches can hold no contact click on some days).
      i === 0 ? "" : now[i - 1]![1] > 0 ? formatShare(value / now[i - 1]![1]) : "—",
    ]),
  );
}

describe("SearchPage", { timeout: 30_000 }, () => {
  test("KPIs, funnel, weekly trend and facets equal counts of the raw search rows", async () => {
    renderPage(<SearchPage />, "/search?range=last-3-months&compare=previous");
    expect(screen.getByRole("heading", { level: 1, name: "Search engagement" })).toBeInTheDocument();
    const rows = inRange(range);
    await expectTotals(rows, inRange(previous));

    const byWeek = new Map<string, Search[]>();
    for (const row of rows)
      byWeek.set(bucketStart(row.searchDate, "week"), [
        ...(byWeek.get(bucketStart(row.searchDate, "week")) ?? []),
        row,
      ]);
    const trend = await tableRows("Engagement over time");
    expect(trend.map((row) => row[0])).toEqual(
      [...byWeek.keys()].sort().map((week) => formatBucket(week, "week")),
    );
    for (const row of trend) {
      const week = [...byWeek.keys()].find((w) => formatBucket(w, "week") === row[0])!;
      expect(row.slice(1, 5)).toEqual(measures(byWeek.get(week)!).map(([, value]) => formatNumber(value)));
    }

    const texts = await tableRows("Top search texts");
    expect(texts).toHaveLength(10);
    for (const [label, views] of texts.slice(0, 9))
      expect(views).toBe(formatNumber(rows.filter((row) => row.keywordSearchText === label).length));
    expect(texts.reduce((sum, row) => sum + Number(row[1]!.replace(/\D/g, "")), 0)).toBe(rows.length);

    const products = await tableRows("Products searched");
    for (const [label, views] of products) {
      const product = label === NOT_SET ? null : label;
      expect(views).toBe(formatNumber(rows.filter((row) => row.keywordProduct === product).length));
    }
  });

  test("a filtered link narrows every number to the filtered searches", async () => {
    renderPage(
      <SearchPage />,
      "/search?range=last-3-months&compare=previous&keywordIndustryFocus=Healthcare,Retail&keywordSearchText=azure",
    );
    const keep = (row: Search) =>
      ["Healthcare", "Retail"].includes(row.keywordIndustryFocus ?? "") &&
      row.keywordSearchText.toLowerCase().includes("azure");
    await expectTotals(inRange(range, keep), inRange(previous, keep));
    expect(screen.getByRole("list", { name: "Active filters" })).toHaveTextContent(
      "Search text contains “azure”",
    );
  });

  test("a failing query shows the error on its own card only", async () => {
    server.use(
      http.get(`${TEST_BASE_URL}/partner/v1/analytics/search`, ({ request }) => {
        if (new URL(request.url).searchParams.get("groupby") !== "keywordProduct") return undefined;
        return HttpResponse.json(
          { code: "500", description: "Products unavailable", data: [], source: "test" },
          { status: 500 },
        );
      }),
    );
    renderPage(<SearchPage />, "/search?range=last-3-months&compare=previous");
    const alert = await within(await card("Products searched")).findByRole("alert");
    expect(alert).toHaveTextContent("Correlation id");
    await expectTotals(inRange(range), inRange(previous));
    for (const title of [
      "Top search texts",
      "Industries searched",
      "Countries searched",
      "Listing markets",
      "Engagement over time",
      "Search funnel",
    ]) {
      expect(within(await card(title)).queryByRole("alert")).not.toBeInTheDocument();
    }
  });

  test("no matching searches: every card says why", async () => {
    renderPage(<SearchPage />, "/search?range=last-3-months&compare=previous&keywordCountry=ZZ");
    for (const title of [
      "Search funnel",
      "Engagement over time",
      "Top search texts",
      "Products searched",
      "Listing markets",
    ]) {
      expect(
        await within(await card(title)).findByText(
          /^Your listing appeared in no search results between .* with the current filters\.$/,
        ),
      ).toBeInTheDocument();
    }
    expect(kpiTile("Referrals").querySelector("[data-kpi-value]")).toHaveTextContent("0");
  });
});
