import { comparisonRange, resolveRange } from "../../src/lib/date-range.ts";
import { expect, openSignedIn, test } from "../fixtures.ts";
import { loadingIndicators } from "../support/app.ts";
import { asNumber, DEMO_TODAY, OVERVIEW_EXPECTATIONS } from "../support/expected.ts";

const PAGES = [
  { path: "/subscriptions", heading: "Subscriptions" },
  { path: "/azure-usage", heading: "Azure usage" },
  { path: "/referrals", heading: "Referrals" },
  { path: "/search", heading: "Search engagement" },
  { path: "/resellers", heading: "Indirect resellers" },
];

test("the overview's KPIs and their comparisons equal the numbers counted from the mock's raw rows", async ({
  page,
}) => {
  await openSignedIn(page, "/?range=last-3-months&compare=previous");
  const range = resolveRange({ preset: "last-3-months" }, DEMO_TODAY);
  const previous = comparisonRange(range, "previous")!;
  for (const kpi of OVERVIEW_EXPECTATIONS) {
    const tile = page.locator(`[data-kpi="${kpi.label}"]`);
    await expect(tile.locator("[data-kpi-value]"), kpi.label).toHaveText(/\d/);
    expect(asNumber(await tile.locator("[data-kpi-value]").textContent()), kpi.label).toBe(kpi.value(range));
    const was = kpi.value(previous);
    await expect(tile, `${kpi.label} compared`).toContainText(`: ${was.toLocaleString("en-US")}`);
  }
});

// One sign-in for the five pages, each then opened by its link (a fresh load of the app: nothing cached).
test(`${PAGES.map((p) => p.path).join(", ")} draw their charts from the demo server, and a table alternative replaces the chart and back`, async ({
  page,
}) => {
  test.setTimeout(150_000);
  await openSignedIn(page, `${PAGES[0]!.path}?range=last-12-months&compare=previous`);
  for (const { path, heading } of PAGES) {
    await test.step(path, async () => {
      if (path !== PAGES[0]!.path) await page.goto(`${path}?range=last-12-months&compare=previous`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(heading));
      await expect(page.locator("[data-chart]").first()).toBeVisible({ timeout: 30_000 });
      await expect(loadingIndicators(page)).toHaveCount(0, { timeout: 30_000 });
      // The page's code was fetched alongside the entry script: its own document preloads the chunk it runs.
      const preloaded = await page.evaluate(() => {
        const chunk = performance
          .getEntriesByType("resource")
          .map((entry) => new URL(entry.name).pathname)
          .find((file) => /\/assets\/[a-z-]+-page-[\w-]+\.js$/.test(file));
        return { chunk, linked: !!document.querySelector(`link[rel=modulepreload][href="${chunk}"]`) };
      });
      expect(preloaded.chunk, "the page's chunk").toContain(path.slice(1));
      expect(preloaded.linked, `${preloaded.chunk} preloaded by the document`).toBe(true);
      // Drawn marks, not just axes.
      expect(
        await page
          .locator(
            ".recharts-bar-rectangle, .recharts-line-curve, .recharts-area-area, [data-chart=bar-list] li",
          )
          .count(),
      ).toBeGreaterThan(0);
      // The first card with a table alternative: the switch replaces its chart by a table of the same card, and back.
      const card = page
        .locator("section", { has: page.getByRole("button", { name: /View as (table|chart)/ }) })
        .first();
      const title = (await card.getByRole("heading", { level: 2 }).textContent())!;
      await expect(card.locator("[data-chart]")).toBeVisible();
      await card.getByRole("button", { name: "View as table" }).click();
      const table = card.getByRole("table", { name: title });
      await expect(table).toBeVisible();
      await expect(card.locator("[data-chart]")).toHaveCount(0);
      expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
      await card.getByRole("button", { name: "View as chart" }).click();
      await expect(card.locator("[data-chart]")).toBeVisible();
      await expect(table).toHaveCount(0);
    });
  }
});

test.describe("a page whose code cannot be loaded", () => {
  // The chunk's 404 and the failed dynamic import are what this test provokes.
  test.use({ allowConsole: [/status of 404/, /dynamically imported module/] });

  test("says so with a reload action instead of blanking the app, and the reload brings the page back", async ({
    page,
  }) => {
    await openSignedIn(page, "/?range=last-3-months");
    // As after a deploy: the tab asks for a chunk the server no longer has.
    await page.route(/\/assets\/subscriptions-page-[\w-]+\.js$/, (route) =>
      route.fulfill({ status: 404, body: "" }),
    );
    await page
      .getByRole("navigation", { name: "Pages" })
      .getByRole("link", { name: "Subscriptions" })
      .click();
    const failure = page.getByRole("alert").filter({ hasText: "This page could not be loaded" });
    await expect(failure).toBeVisible();
    await expect(failure).toContainText("updated since this tab was opened");
    // The app around it still works: navigation is there, and another page opens.
    await expect(page.getByRole("navigation", { name: "Pages" })).toBeVisible();
    await page.unroute(/\/assets\/subscriptions-page-[\w-]+\.js$/);
    await failure.getByRole("button", { name: "Reload the page" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Subscriptions" })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page).toHaveURL(/\/subscriptions\?range=last-3-months/);
  });

  test("the page a link opens on fails the same way (its code is fetched before the app first renders)", async ({
    page,
  }) => {
    await openSignedIn(page, "/?range=last-3-months");
    await page.route(/\/assets\/azure-usage-page-[\w-]+\.js$/, (route) =>
      route.fulfill({ status: 404, body: "" }),
    );
    await page.goto("/azure-usage?range=last-3-months");
    const failure = page.getByRole("alert").filter({ hasText: "This page could not be loaded" });
    await expect(failure).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Pages" })).toBeVisible();
    await page.unroute(/\/assets\/azure-usage-page-[\w-]+\.js$/);
    await failure.getByRole("button", { name: "Reload the page" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Azure usage" })).toBeVisible({
      timeout: 30_000,
    });
  });
});
