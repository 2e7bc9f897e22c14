import { expect, type Locator, type Page } from "@playwright/test";

/** Every page of the dashboard, with the main heading it must show whatever happens to its data. */
export const ROUTES = [
  { path: "/", heading: "Overview" },
  { path: "/subscriptions", heading: "Subscriptions" },
  { path: "/azure-usage", heading: "Azure usage" },
  { path: "/referrals", heading: "Referrals" },
  { path: "/search", heading: "Search engagement" },
  { path: "/resellers", heading: "Indirect resellers" },
  { path: "/report", heading: /^[A-Z][a-z]+ \d{4}$/ },
] as const satisfies readonly { path: string; heading: string | RegExp }[];

/** Data loads, not fixed sleeps: a cold page on a 2-core machine can take several seconds per query wave. */
export const DATA_TIMEOUT = 45_000;

export const mainHeading = (page: Page, heading: string | RegExp): Locator =>
  page.getByRole("heading", { level: 1, name: heading });

/** Skeletons of KPI tiles, cards and pages ("Loading …", "Drawing …"). */
export const loadingIndicators = (page: Page): Locator =>
  page.locator(
    'main [role="status"][aria-label^="Loading"], main [role="status"][aria-label^="Drawing"], main [data-updating]',
  );

/**
 * Waits until the page shows data: a KPI value or a chart is drawn, and no skeleton is left. Error panels are
 * not data; callers that expect them check them themselves.
 */
export async function waitForData(page: Page, timeout = DATA_TIMEOUT): Promise<void> {
  await expect(page.locator("main [data-kpi-value], main [data-chart]").first()).toBeVisible({ timeout });
  await expect(loadingIndicators(page)).toHaveCount(0, { timeout });
}

/** The element that has focus, described for assertion messages and matching. */
export interface FocusInfo {
  tag: string;
  role: string | null;
  name: string;
  text: string;
  inMain: boolean;
  outline: string;
  boxShadow: string;
  visible: boolean;
  /** The focus is on the browser's own part of a native control (the calendar button of a date or month input). */
  nativePart: boolean;
}

export async function focusInfo(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const labelledBy = el.getAttribute("aria-labelledby");
    const labelText = labelledBy ? (document.getElementById(labelledBy)?.textContent ?? "") : "";
    const label = el.id
      ? (document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent ?? "")
      : "";
    const wrapping = el.closest("label")?.textContent ?? "";
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute("role"),
      name: (el.getAttribute("aria-label") ?? labelText ?? "") || label || wrapping,
      text: (el.textContent ?? "").trim().slice(0, 80),
      inMain: Boolean(el.closest("main")),
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
      visible: rect.width > 0 && rect.height > 0,
      nativePart:
        el instanceof HTMLInputElement &&
        /^(date|month|week|time|datetime-local)$/.test(el.type) &&
        !el.matches(":focus-visible"),
    };
  });
}

/** Whether the focused element is (or is inside) one of the elements `target` matches; never waits. */
export async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluateAll((elements) =>
    elements.some((el) => el === document.activeElement || el.contains(document.activeElement)),
  );
}

/**
 * Presses Tab (Shift+Tab when `back`) until the focused element is `target`, as a keyboard user finds a control;
 * fails after `max` presses, listing where focus went.
 */
export async function tabUntil(
  page: Page,
  target: Locator,
  what: string,
  { max = 120, back = false } = {},
): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    if (await hasFocus(target)) return;
    const info = await focusInfo(page);
    seen.push(
      info
        ? `<${info.tag}${info.role ? ` role=${info.role}` : ""}> "${(info.name || info.text).slice(0, 40)}"`
        : "(body)",
    );
  }
  throw new Error(
    `${what}: not reached with ${max} ${back ? "Shift+Tab" : "Tab"} presses; focus went through:\n${seen.join("\n")}`,
  );
}
