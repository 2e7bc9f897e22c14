import { expect, test } from "../support/guarded.ts";
import { DATA_TIMEOUT, hasFocus, mainHeading, tabUntil, waitForData } from "../support/app.ts";

// Issue 9, keyboard only: sign in, change the date range, apply a filter, open a grid row and print the report
// without a mouse. Only page.keyboard moves focus or acts; elements are found by pressing Tab and checking which
// element has focus (document.activeElement), never clicked.

declare global {
  interface Window {
    __printCalls?: number;
  }
}

test("a keyboard-only user signs in, changes the range, filters, opens a grid row and prints the report", async ({
  page,
}) => {
  test.setTimeout(180_000);
  // window.print would open the browser's dialog; record the call instead (in every document of the tour).
  await page.addInitScript(() => {
    window.print = () => {
      window.__printCalls = (window.__printCalls ?? 0) + 1;
    };
  });

  await page.goto("/subscriptions");

  // Sign in: the app's button, then the identity provider's form (its username field has autofocus).
  const signInButton = page.getByRole("button", { name: "Sign in" });
  await expect(signInButton).toBeVisible();
  await tabUntil(page, signInButton, "the Sign in button", { max: 20 });
  await page.keyboard.press("Enter");
  const username = page.getByLabel("Username");
  await expect(username).toBeFocused();
  await page.keyboard.type("alex");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type("any password");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("navigation", { name: "Pages" })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === "/subscriptions");
  await expect(mainHeading(page, "Subscriptions")).toBeVisible();
  await waitForData(page);

  // Date range: Tab to the select, ArrowDown picks the next preset (Chromium changes a closed select in place).
  const rangeSelect = page.getByRole("combobox", { name: "Date range" });
  const before = await rangeSelect.inputValue();
  const resolvedBefore = await page.getByTestId("resolved-range").textContent();
  await tabUntil(page, rangeSelect, "the Date range select");
  await page.keyboard.press("ArrowDown");
  await expect(rangeSelect).not.toHaveValue(before);
  const range = await rangeSelect.inputValue();
  await expect(page).toHaveURL((url) => url.searchParams.get("range") === range);
  await expect(page.getByTestId("resolved-range")).not.toHaveText(resolvedBefore ?? "");
  expect(await hasFocus(rangeSelect), "focus stays on the range select after the change").toBe(true);

  // A filter: Status (a closed list) — ArrowDown adds its first value, shown as a chip and kept in the URL.
  const statusSelect = page.getByRole("combobox", { name: "Status" });
  await tabUntil(page, statusSelect, "the Status filter");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator('[data-chip="status"]')).toHaveText(/ACTIVE/);
  await expect(page).toHaveURL((url) => url.searchParams.get("status") === "ACTIVE");
  await waitForData(page);

  // The grid: Tab to its "Load … rows" button, Enter, then Tab into the grid and open the first row with Enter.
  const grid = page.getByRole("grid");
  const loadButton = page.getByRole("button", { name: /^Load (the first )?[\d,]+ rows$/ });
  await expect(loadButton).toBeVisible({ timeout: DATA_TIMEOUT });
  await tabUntil(page, loadButton, "the grid's Load rows button", { max: 200 });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("gridcell").first()).toBeVisible({ timeout: DATA_TIMEOUT });
  await expect(page.getByRole("progressbar", { name: "Rows loaded" })).toBeHidden({ timeout: DATA_TIMEOUT });
  await tabUntil(page, grid, "the grid", { max: 30 });
  // The grid's tab stop is the header row's first sort button; ArrowDown moves to the first data row.
  await page.keyboard.press("ArrowDown");
  await expect(page.locator('[role="gridcell"][data-cell="1:0"]')).toBeFocused();
  const firstCustomer =
    (await page.locator('[role="gridcell"][data-cell="1:0"]').textContent())?.trim() ?? "";
  await page.keyboard.press("Enter");
  const details = page.getByRole("dialog");
  await expect(details).toBeVisible();
  await expect(details.getByRole("heading", { name: /^Row 1 of [\d,]+$/ })).toBeVisible();
  await expect(details.getByRole("button", { name: "Close" })).toBeFocused();
  // The row shown is the row opened: every subscription row is ACTIVE here, and the customer matches.
  await expect(
    details.locator("dt", { hasText: /^status$/ }).locator("xpath=following-sibling::dd[1]"),
  ).toHaveText("ACTIVE");
  if (firstCustomer)
    await expect(
      details.locator("dt", { hasText: /^customerName$/ }).locator("xpath=following-sibling::dd[1]"),
    ).toHaveText(firstCustomer);
  await page.keyboard.press("Escape");
  await expect(details).toBeHidden();
  await expect(page.locator('[role="gridcell"][data-cell="1:0"]')).toBeFocused();

  // The report: back up to the page navigation, follow "Monthly report", then its Print / Save as PDF button.
  const reportLink = page
    .getByRole("navigation", { name: "Pages" })
    .getByRole("link", { name: "Monthly report" });
  await tabUntil(page, reportLink, "the Monthly report link", { back: true, max: 300 });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname === "/report");
  await expect(mainHeading(page, /^[A-Z][a-z]+ \d{4}$/)).toBeVisible();
  await waitForData(page);
  const printButton = page.getByRole("button", { name: "Print / Save as PDF" });
  await tabUntil(page, printButton, "the Print / Save as PDF button", { max: 40 });
  expect(await page.evaluate(() => window.__printCalls ?? 0)).toBe(0);
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => window.__printCalls ?? 0)).toBe(1);
});
