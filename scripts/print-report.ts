import { writeFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";

/** Waits until the report has no skeleton left and its chart is drawn: printing earlier would print placeholders. */
export async function waitForReport(page: Page): Promise<void> {
  await page.getByTestId("executive-summary").waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () =>
      !document.querySelector(
        '[role="status"][aria-label^="Loading"], [role="status"][aria-label^="Drawing"]',
      ),
    null,
    { timeout: 60_000 },
  );
  await page.locator(".recharts-surface").first().waitFor({ timeout: 30_000 });
  const errors = await page.locator('[role="alert"]').allTextContents();
  if (errors.length) throw new Error(`The report has errors, not printing it: ${errors.join(" | ")}`);
}

export async function printReport(
  browser: Browser,
  options: { url: string; user: string; out: string; format: "A4" | "Letter" },
): Promise<number> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(options.url);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Username").fill(options.user);
  await page.getByRole("button", { name: "Sign in" }).click();
  await waitForReport(page);
  await page.emulateMedia({ media: "print", colorScheme: "light" });
  const pdf = await page.pdf({ format: options.format, printBackground: true, preferCSSPageSize: false });
  writeFileSync(options.out, pdf);
  await context.close();
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
