import type { Page } from "@playwright/test";
import {
  CALENDAR_DAYS,
  CALENDAR_ZONES,
  expectedRanges,
  instantIn,
  usDay,
} from "../../src/testing/calendar.ts";
import { DATA_TIMEOUT, waitForData } from "../support/app.ts";
import { formatted, monthOfLatest, overviewExpectations, type DemoDay } from "../support/expected.ts";
import { expect, openSignedIn } from "../fixtures.ts";
import { startOwnServer, type OwnServer } from "../support/own-server.ts";
import { test as guarded } from "../support/guarded.ts";

// The calendar run (docs/testing.md): on each hard day (a demo server with DEMO_TODAY of its own) and in each time
// zone (the browser's, with its clock pinned by Playwright at an hour when that zone's wall clock shows another
// date), the ranges, the overview's numbers, the report's default month and the hostile-string check hold.
const SCALE = 0.2;
const HOSTILE_CUSTOMER = "<img src=x onerror=alert(1)> Contoso";
const range = (r: { from: string; to: string }) => `${usDay(r.from)} – ${usDay(r.to)}`;
const monthName = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleString("en-US", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

const test = guarded.extend<object, { day: string; server: OwnServer }>({
  day: [CALENDAR_DAYS[0], { scope: "worker", option: true }],
  server: [
    async ({ day }, use, workerInfo) => {
      // One server per worker and day, on ports of its own (E2E_PORT + 40 + worker), smaller data for a quick start.
      const port = Number(process.env.E2E_PORT ?? 8444) + 40 + workerInfo.parallelIndex;
      const server = await startOwnServer(port, {
        DEMO_TODAY: day,
        DEMO_SCALE: String(SCALE),
        MOCK_FAULTS: "off",
      });
      await use(server);
      await server.stop();
    },
    { scope: "worker", timeout: 150_000 },
  ],
  baseURL: async ({ server }, use) => use(server.url),
});

/** Each KPI equals the raw rows' count for the range, and its comparison names the previous period and its count. */
async function expectKpis(
  page: Page,
  demo: DemoDay,
  current: { from: string; to: string },
  previous: { from: string; to: string },
) {
  await waitForData(page);
  for (const kpi of overviewExpectations(demo)) {
    const tile = page.locator(`[data-kpi="${kpi.label}"]`);
    await expect(
      tile.locator("[data-kpi-value]"),
      `${kpi.label} for ${current.from}..${current.to}`,
    ).toHaveText(formatted(kpi.value(current)));
    await expect(tile, `${kpi.label} compared`).toContainText(
      `vs ${range(previous)}: ${formatted(kpi.value(previous))}`,
    );
  }
}

// One Playwright project per day (playwright.calendar.config.ts): a worker-scoped day gets a server of its own.
for (const zone of CALENDAR_ZONES) {
  test.describe(`in ${zone}`, () => {
    test.use({ timezoneId: zone, locale: "en-US" });

    // The browser's zone matters to the ranges and the numbers they give; the rest only to the day (UTC runs it).
    const checks =
      zone === "UTC"
        ? "ranges, the overview's numbers, the report's month and a hostile name"
        : "ranges and the overview's numbers, counted from the UTC day";
    test(checks, async ({ page, day }) => {
      test.setTimeout(180_000);
      const demo = { today: day, scale: SCALE };
      const want = expectedRanges(day);
      await page.clock.install({ time: instantIn(day, zone) });

      // Last month, compared with the month before: the days on screen and every KPI against the raw rows.
      await openSignedIn(page, "/?range=last-month&compare=previous");
      const wall = await page.evaluate(() => new Date().toLocaleDateString("en-CA"));
      if (zone !== "UTC")
        expect(wall, "the browser's wall clock shows another date than the UTC day").not.toBe(day);
      await expect(page.getByTestId("resolved-range")).toHaveText(range(want.lastMonth));
      await expectKpis(page, demo, want.lastMonth, want.lastMonthPrevious);

      // Month to date, chosen in the picker: it ends today (the UTC day), with data unless today is the 1st (the
      // demo's data, like Partner Center's, ends yesterday).
      await page.getByRole("combobox", { name: "Date range", exact: true }).selectOption("month-to-date");
      await expect(page.getByTestId("resolved-range")).toHaveText(range(want.monthToDate));
      // What follows depends on the day (the server's dataset, /config.json's today), not on the browser's zone:
      // once per day keeps the calendar run to minutes (5.6 → 3.4 here).
      if (zone !== "UTC") return;
      await expectKpis(page, demo, want.monthToDate, want.monthToDatePrevious);
      const views = overviewExpectations(demo).find((kpi) => kpi.label === "Search result page views")!;
      if (!day.endsWith("-01"))
        expect(views.value(want.monthToDate), "the demo has search views this month").toBeGreaterThan(0);

      // The report opens on the last whole month, counted from its first to its last day.
      await page.goto("/report");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(monthName(want.reportMonth));
      for (const kpi of overviewExpectations(demo)) {
        await expect(page.locator(`[data-kpi="${kpi.label}"] [data-kpi-value]`), kpi.label).toHaveText(
          formatted(kpi.value(want.lastMonth)),
          { timeout: DATA_TIMEOUT },
        );
      }

      // A hostile customer name in the month of its latest usage, found in the raw rows of this day's dataset.
      const month = monthOfLatest(
        "usage/azure",
        "usageDate",
        (row) => row.customerName === HOSTILE_CUSTOMER,
        demo,
      );
      await page.goto(
        `/azure-usage?range=${month.from}..${month.to}&customerName=${encodeURIComponent(HOSTILE_CUSTOMER)}`,
      );
      await waitForData(page);
      await expect(
        page
          .getByRole("region", { name: "Top customers" })
          .getByText(HOSTILE_CUSTOMER, { exact: true })
          .first(),
      ).toBeVisible();
      expect(await page.locator('img[src="x"]').count(), "no <img> made from data").toBe(0);
    });
  });
}
