import type { Browser, Page } from "playwright-core";

/** Waits until the report has no skeleton left and its chart is drawn: printing earlier would print placeholders. */
export async function waitForReport(page: Page): Promise<void> {
  // A refused sign-in (expired, or without MFA) replaces the report with a screen that says so: stop on it.
  const summaryOrRefusal = page.locator('[data-testid="executive-summary"], [data-session-problem]').first();
  await summaryOrRefusal.waitFor({ timeout: 60_000 });
  if ((await summaryOrRefusal.getAttribute("data-session-problem")) !== null)
    throw new Error(`Partner Center refused the sign-in: ${await summaryOrRefusal.textContent()}`);
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

/** The report's "What changed" sentences, for the mail's body. */
async function changeSentences(page: Page): Promise<string[]> {
  return page
    .locator("[data-change]")
    .evaluateAll((items) => items.map((item) => item.textContent?.replace(/\s+/g, " ").trim() ?? ""));
}

export interface PrintedReport {
  pdf: Buffer;
  pages: number;
  /** The "What changed" sentences. */
  sentences: string[];
}

/**
 * Prints /report to PDF. `signIn: "form"` signs in on the demo's identity provider as `user`; with `headers` (a
 * report run on a deployment, server/report-run.ts) the page is already authorised and nobody signs in.
 */
export async function printReport(
  browser: Browser,
  options: { url: string; format: "A4" | "Letter" } & (
    { signIn: "form"; user: string } | { signIn: "none"; headers: Record<string, string> }
  ),
): Promise<PrintedReport> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    ...(options.signIn === "none" ? { extraHTTPHeaders: options.headers } : {}),
  });
  try {
    const page = await context.newPage();
    await page.goto(options.url);
    if (options.signIn === "form") {
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByLabel("Username").fill(options.user);
      await page.getByRole("button", { name: "Sign in" }).click();
    }
    await waitForReport(page);
    const sentences = await changeSentences(page);
    await page.emulateMedia({ media: "print", colorScheme: "light" });
    const pdf = await page.pdf({ format: options.format, printBackground: true, preferCSSPageSize: false });
    return { pdf, pages: (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length, sentences };
  } finally {
    await context.close();
  }
}
