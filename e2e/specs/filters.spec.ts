import { formatRange } from "../../src/lib/date-range.ts";
import { DEFAULT_VIEW } from "../../src/lib/view-state.ts";
import { loadingIndicators } from "../support/app.ts";
import { expect, openSignedIn, signIn, test } from "../fixtures.ts";

const kpiValues = async (page: import("@playwright/test").Page) => {
  await expect(loadingIndicators(page)).toHaveCount(0, { timeout: 30_000 });
  return page.locator("[data-kpi-value]").allTextContents();
};
const filters = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "Filters" });
const chips = (page: import("@playwright/test").Page) =>
  page.getByRole("list", { name: "Active filters" }).getByRole("listitem").allTextContents();

test("a view built by clicking is one link: a colleague opening it sees the same chips and numbers", async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openSignedIn(page, "/subscriptions");
  await filters(page)
    .getByRole("combobox", { name: "Date range", exact: true })
    .selectOption("last-6-months");
  await filters(page).getByRole("combobox", { name: "Compare with", exact: true }).selectOption("year");
  await filters(page).getByRole("combobox", { name: "Status", exact: true }).selectOption("SUSPENDED");
  await filters(page).getByRole("combobox", { name: "Customer market", exact: true }).fill("US");
  await filters(page).getByRole("combobox", { name: "Customer market", exact: true }).press("Enter");
  await expect(page).toHaveURL(/range=last-6-months&compare=year&status=SUSPENDED.*customerMarket=US/);
  const before = { chips: await chips(page), kpis: await kpiValues(page) };
  expect(before.chips).toHaveLength(2);

  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Link copied" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());

  const colleague = await browser.newContext({ ignoreHTTPSErrors: true });
  const other = await colleague.newPage();
  await other.context().route(/login\.microsoftonline\.com/, (route) => route.abort());
  await other.goto(link);
  await signIn(other, "sam");
  await expect(other).toHaveURL(link);
  await expect(other.getByRole("list", { name: "Active filters" }).getByRole("listitem")).toHaveCount(
    before.chips.length,
  );
  expect(await chips(other)).toEqual(before.chips);
  expect(await kpiValues(other)).toEqual(before.kpis);
  await colleague.close();
});

test("Back and Forward step through views; typing does not fill the history", async ({ page }) => {
  await openSignedIn(page, "/subscriptions?range=last-3-months&compare=previous");
  await filters(page).getByRole("combobox", { name: "Date range", exact: true }).selectOption("last-month");
  await filters(page).getByRole("combobox", { name: "Status", exact: true }).selectOption("ACTIVE");
  await filters(page).getByRole("searchbox", { name: "Customer name contains" }).pressSequentially("contoso");
  await expect(page).toHaveURL(/customerName=contoso/);
  await page.goBack();
  await expect(page).toHaveURL(/range=last-month&compare=previous$/);
  await expect(filters(page).getByRole("combobox", { name: "Date range", exact: true })).toHaveValue(
    "last-month",
  );
  await page.goBack();
  await expect(page).toHaveURL(/range=last-3-months&compare=previous$/);
  await page.goForward();
  await expect(page).toHaveURL(/range=last-month&compare=previous$/);
  expect(await chips(page).catch(() => [])).toEqual([]);
});

test("a link with garbage parameters shows the notice and the default view, not an error", async ({
  page,
}) => {
  await openSignedIn(
    page,
    "/subscriptions?range=forever&compare=%E0%A4%A&status=HACKED,ACTIVE&%3Cscript%3E=1&grain=hour",
  );
  const notice = page.getByTestId("params-notice");
  await expect(notice).toBeVisible();
  for (const name of ["range", "status", "grain", "<script>"]) await expect(notice).toContainText(name);
  await expect(filters(page).getByRole("combobox", { name: "Date range", exact: true })).toHaveValue(
    formatRange(DEFAULT_VIEW.range),
  );
  await expect(page.locator("[data-kpi-value]").first()).toHaveText(/\d/);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

// Three independent checks after one sign-in: each step opens its own link (a fresh load of the app).
test("the URL follows the view: ←/→ move the range by its own length; switching pages keeps range, comparison and market and drops page-only filters; a drill-down click adds its filter", async ({
  page,
}) => {
  await openSignedIn(page, "/subscriptions?range=2026-03-01..2026-03-31&compare=previous");
  await test.step("←/→ move the range by its own length", async () => {
    await page.locator("h1").click();
    await page.keyboard.press("ArrowLeft");
    await expect(page).toHaveURL(/range=2026-02-01\.\.2026-02-28/);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/range=2026-04-01\.\.2026-04-30/);
  });
  await test.step("switching pages keeps range, comparison and market, and drops page-only filters", async () => {
    await page.goto("/subscriptions?range=last-month&compare=year&status=ACTIVE&customerMarket=DE");
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Referrals" }).click();
    await expect(page).toHaveURL(/\/referrals\?range=last-month&compare=year&customerMarket=DE$/);
    await expect(page.locator('[data-chip="customerMarket"]')).toContainText("DE");
  });
  await test.step("a drill-down click adds its filter to the URL", async () => {
    await page.goto("/referrals?range=last-12-months&compare=previous");
    await page
      .getByRole("button", { name: /^↳ Declined/ })
      .first()
      .click();
    await expect(page).toHaveURL(/status=Declined/);
    await expect(page.locator('[data-chip="status"]')).toContainText("Declined");
  });
});
