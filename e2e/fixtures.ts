import { test as base, expect, type Page } from "@playwright/test";

export interface Problems {
  console: string[];
  csp: string[];
  pageErrors: string[];
}

/**
 * Every spec runs with: Entra never reachable (requests aborted), console errors, page errors and CSP
 * violations collected and checked after the test.
 */
export const test = base.extend<{ problems: Problems; allowConsole: RegExp[] }>({
  allowConsole: [[], { option: true }],
  problems: async ({ page, allowConsole }, use) => {
    const problems: Problems = { console: [], csp: [], pageErrors: [] };
    await page
      .context()
      .route(/login\.microsoftonline\.com|fonts\.googleapis\.com/, (route) => route.abort());
    page.on("console", (msg) => {
      if (msg.type() !== "error") return;
      const text = msg.text();
      if (/Content.Security.Policy|Refused to/i.test(text)) problems.csp.push(text);
      else if (!allowConsole.some((re) => re.test(text))) problems.console.push(text);
    });
    page.on("pageerror", (error) => problems.pageErrors.push(error.message));
    await use(problems);
    expect(problems.pageErrors, "uncaught exceptions").toEqual([]);
    expect(problems.csp, "CSP violations").toEqual([]);
    expect(problems.console, "console errors").toEqual([]);
  },
});
export { expect };

/** Signs in through the embedded identity provider's form; returns once the app is back on `expectedPath`. */
export async function signIn(page: Page, user = "alex") {
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Username").fill(user);
  await page.getByLabel("Password").fill("any password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Pages" })).toBeVisible();
}

/** Opens a path signed out, signs in, and waits for the app to be back on that exact URL. */
export async function openSignedIn(page: Page, path: string, user = "alex") {
  await page.goto(path);
  await signIn(page, user);
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === path);
}

export async function setFaults(page: Page, rules: unknown[]) {
  const response = await page.request.put("/__mock/faults", { data: rules });
  expect(response.ok()).toBeTruthy();
}
