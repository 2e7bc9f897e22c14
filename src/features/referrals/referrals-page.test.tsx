import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { rawRows } from "../../../mock/dataset/generate-dataset.ts";
import { comparisonRange, resolveRange, todayUtc, type DayRange } from "../../lib/date-range.ts";
import { formatBucket, formatNumber } from "../../lib/format.ts";
import { mockApiServer, TEST_BASE_URL, testDataset } from "../../testing/mock-api.ts";
import { cardTable, cellsOf } from "../../testing/page-test-helpers.ts";
import { renderPage } from "../../testing/render-page.tsx";
import { ReferralsPage } from "./referrals-page.tsx";

// Each page issues a dozen queries through the real mock engine; on a busy machine that takes seconds, not one.
configure({ asyncUtilTimeout: 10_000 });
const server = mockApiServer();

interface Referral {
  status: string;
  customerMarket: string;
  customerOrgSize: string;
  createdDate: string;
  acknowledgedDate: string | null;
  acceptedDate: string | null;
  wonDate: string | null;
}
const all = [...rawRows(testDataset(), "referrals")] as unknown as Referral[];
const range = resolveRange({ preset: "last-3-months" }, todayUtc());
const previous = comparisonRange(range, "previous")!;
const day = (iso: string) => iso.slice(0, 10);
const cohort = (r: DayRange, keep: (row: Referral) => boolean = () => true) =>
  all.filter((row) => day(row.createdDate) >= r.from && day(row.createdDate) <= r.to && keep(row));

/** Plain re-count of what the page should show: reached steps by their dates, exits by status after the last step. */
function expectedFunnel(rows: Referral[]) {
  const steps = ["Created", "Acknowledged", "Accepted", "Won"];
  const fields = [null, "acknowledgedDate", "acceptedDate", "wonDate"] as const;
  const values = [0, 0, 0, 0];
  const exits: Record<string, number>[] = [{}, {}, {}, {}];
  for (const row of rows) {
    let last = 0;
    fields.forEach((field, i) => {
      if (field !== null && row[field] === null) return;
      values[i]! += 1;
      last = i;
    });
    if (row.status !== steps[last]) exits[last]![row.status] = (exits[last]![row.status] ?? 0) + 1;
  }
  return { steps, values, exits };
}

function medianDays(rows: Referral[], field: "acceptedDate" | "wonDate"): number {
  const days = rows
    .filter((row) => row[field] !== null)
    .map((row) => (Date.parse(day(row[field]!)) - Date.parse(day(row.createdDate))) / 86_400_000)
    .sort((a, b) => a - b);
  return days[Math.ceil(days.length / 2) - 1]!;
}

const card = async (title: string) =>
  (await screen.findByRole("heading", { name: title, level: 2 })).closest("section")!;
const kpiValue = (label: string) =>
  screen
    .getByRole("heading", { name: label, level: 3 })
    .closest("[data-kpi]")!
    .querySelector("[data-kpi-value]")?.textContent;
const rowsOf = (table: HTMLElement) => cellsOf(table).slice(1);

async function expectPageMatches(rows: Referral[], before: Referral[]) {
  const { steps, values, exits } = expectedFunnel(rows);
  const earlier = expectedFunnel(before).values;
  await waitFor(() => expect(kpiValue("Referrals created")).toBe(formatNumber(values[0]!)));
  steps.forEach((step, i) => {
    expect(kpiValue(`Referrals ${step.toLowerCase()}`)).toBe(formatNumber(values[i]!));
    const tile = screen
      .getByRole("heading", { name: `Referrals ${step.toLowerCase()}`, level: 3 })
      .closest("[data-kpi]")!;
    expect(tile).toHaveTextContent(`: ${formatNumber(earlier[i]!)}`);
  });
  const funnel = await card("Referral funnel");
  steps.forEach((step, i) => {
    const item = within(funnel).getByRole("button", { name: step }).closest("li")!;
    expect(item.querySelector("strong")).toHaveTextContent(formatNumber(values[i]!));
    const shown = within(item)
      .queryAllByRole("button", { name: /^↳/ })
      .map((button) => button.textContent);
    expect(shown.sort()).toEqual(
      Object.entries(exits[i]!)
        .map(([status, n]) => `↳ ${status}: ${formatNumber(n)}`)
        .sort(),
    );
  });
}

describe("ReferralsPage", { timeout: 30_000 }, () => {
  test("KPIs, funnel, delays, trend and markets equal counts of the raw referrals", async () => {
    renderPage(<ReferralsPage />, "/referrals?range=last-3-months&compare=previous&grain=day");
    expect(screen.getByRole("heading", { level: 1, name: "Referrals" })).toBeInTheDocument();
    const rows = cohort(range);
    await expectPageMatches(rows, cohort(previous));

    const delays = await cardTable("Time to accept and to win");
    await waitFor(() => expect(rowsOf(delays)[0]?.[1]).toBe(formatNumber(medianDays(rows, "acceptedDate"))));
    expect(rowsOf(delays)[1]![1]).toBe(formatNumber(medianDays(rows, "wonDate")));
    expect(rowsOf(delays)[0]![5]).toBe(formatNumber(medianDays(cohort(previous), "acceptedDate")));

    const byDay = new Map<string, number>();
    for (const row of rows) byDay.set(day(row.createdDate), (byDay.get(day(row.createdDate)) ?? 0) + 1);
    const trendRows = rowsOf(await cardTable("Referrals created over time"));
    expect(trendRows).toHaveLength(
      Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000) + 1,
    );
    for (const [label, created] of trendRows) {
      const bucket = [...byDay.keys()].find((d) => formatBucket(d, "day") === label);
      expect(created).toBe(formatNumber(bucket ? byDay.get(bucket)! : 0));
    }

    for (const [label, value] of rowsOf(await cardTable("By customer market"))) {
      if (label!.startsWith("Other (")) continue;
      expect(value).toBe(formatNumber(rows.filter((row) => row.customerMarket === label).length));
    }
  });

  test("a filtered link narrows every number to the filtered referrals", async () => {
    renderPage(
      <ReferralsPage />,
      "/referrals?range=last-3-months&compare=previous&customerMarket=US,GB&customerOrgSize=1to9employees,10to50employees",
    );
    const keep = (row: Referral) =>
      ["US", "GB"].includes(row.customerMarket) &&
      ["1to9employees", "10to50employees"].includes(row.customerOrgSize);
    await expectPageMatches(cohort(range, keep), cohort(previous, keep));
    expect(screen.getByRole("list", { name: "Active filters" })).toHaveTextContent("Customer market: GB");
  });

  test("choosing an exit in the funnel filters the page on that status", async () => {
    const { location } = renderPage(<ReferralsPage />, "/referrals?range=last-3-months&compare=none");
    const lost = cohort(range, (row) => row.status === "Lost").length;
    const funnel = await card("Referral funnel");
    await userEvent.click(await within(funnel).findByRole("button", { name: `↳ Lost: ${lost}` }));
    expect(location.history.at(-1)).toContain("status=Lost");
    await waitFor(() => expect(kpiValue("Referrals created")).toBe(formatNumber(lost)));
  });

  test("a failing query shows the error on its own card only", async () => {
    server.use(
      http.get(`${TEST_BASE_URL}/partner/v1/analytics/referrals`, ({ request }) => {
        if (new URL(request.url).searchParams.get("groupby") !== "createdDate,acceptedDate,wonDate")
          return undefined;
        return HttpResponse.json(
          { code: "500", description: "Delay store unavailable", data: [], source: "test" },
          { status: 500 },
        );
      }),
    );
    renderPage(<ReferralsPage />, "/referrals?range=last-3-months&compare=previous");
    const delays = await card("Time to accept and to win");
    const alert = await within(delays).findByRole("alert");
    expect(alert).toHaveTextContent("Correlation id");
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeInTheDocument();
    await expectPageMatches(cohort(range), cohort(previous));
    for (const title of [
      "Referral funnel",
      "Referrals created over time",
      "By customer market",
      "By organisation size",
    ]) {
      expect(within(await card(title)).queryByRole("alert")).not.toBeInTheDocument();
    }
  });

  test("no matching referrals: every card says why", async () => {
    renderPage(<ReferralsPage />, "/referrals?range=last-3-months&compare=previous&customerMarket=ZZ");
    for (const title of [
      "Referral funnel",
      "Referrals created over time",
      "By customer market",
      "By organisation size",
    ]) {
      expect(
        await within(await card(title)).findByText(
          /^No referrals were created between .* with the current filters\.$/,
        ),
      ).toBeInTheDocument();
    }
    expect(
      await within(await card("Time to accept and to win")).findByText(/^No referrals were accepted or won/),
    ).toBeInTheDocument();
    expect(kpiValue("Referrals won")).toBe("0");
  });
});
