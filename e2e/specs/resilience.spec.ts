import type { Locator, Page, Response } from "@playwright/test";
import { expect, openSignedIn, setFaults } from "../support/guarded.ts";
import { DATA_TIMEOUT, loadingIndicators, mainHeading, ROUTES } from "../support/app.ts";
import { onOwnServer } from "../support/own-server.ts";

// Issue 9, resilience: what every page does when Partner Center throttles, fails, is slow, answers garbage, fails in
// the middle of a paged read, or the network goes away. In every case: no uncaught exception (the fixture), no
// blank page (the main heading stays), and no wrong number (a card showing an error shows no value).

// Fault rules are global to a server, so this file injects them on servers of its own (same server/main.ts, one
// per worker, port E2E_PORT + 20 + worker): the other specs never see them, and the file's tests run in parallel on
// both workers, each worker's tests in turn on its own server (faults reset after each). Its proxy gives up on the
// upstream after 10 s (UPSTREAM_TIMEOUT_MS), so the proxy's timeout path can be tested well inside the client's own
// 30 s per attempt.
const UPSTREAM_TIMEOUT_S = 10;

const test = onOwnServer(20, { UPSTREAM_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_S * 1000) });

// The browser logs every failed HTTP response and every request made offline; those are the faults injected here.
// One RegExp: Playwright reads a two-element array whose second element is an object as a [value, options] tuple.
test.use({
  allowConsole: [
    /Failed to load resource: (the server responded with a status of (429|500|502|503|504)|net::ERR_INTERNET_DISCONNECTED)/,
  ],
});
test.describe.configure({ mode: "parallel" });

test.afterEach(async ({ page }) => {
  await setFaults(page, []);
});

type Resource = "subscriptions" | "usage/azure" | "referrals" | "search" | "indirectresellers";

interface Target {
  path: string;
  heading: string | RegExp;
  /** The resource the fault is injected on. */
  resource: Resource;
  /** Where that resource's numbers are shown (the whole main area when the page shows nothing else). */
  scope: (page: Page) => Locator;
  /**
   * Cards (by heading) whose query the offline test's range change leaves as it was, so their cached answer is
   * also the new range's and rightly stays on screen: today's snapshots, renewals counted from today, and counts
   * on the range's last day, which the default range and last-6-months share (the end of last month).
   */
  sameForBothRanges?: readonly string[];
}

const route = (path: string) => ROUTES.find((r) => r.path === path)!;
const whole = (page: Page) => page.locator("main");

const TARGETS: readonly Target[] = [
  {
    ...route("/"),
    resource: "subscriptions",
    scope: (page) =>
      page.locator(
        '[data-kpi="New subscriptions"], [data-kpi="Licences on new subscriptions"], [data-kpi="Deprovisioned subscriptions"]',
      ),
  },
  {
    ...route("/subscriptions"),
    resource: "subscriptions",
    scope: whole,
    sameForBothRanges: [
      "Subscriptions in service by type",
      "Top products by subscriptions",
      "Top products by licences",
      "Renewals due",
    ],
  },
  { ...route("/azure-usage"), resource: "usage/azure", scope: whole },
  { ...route("/referrals"), resource: "referrals", scope: whole },
  { ...route("/search"), resource: "search", scope: whole },
  {
    ...route("/resellers"),
    resource: "indirectresellers",
    scope: whole,
    // Reseller totals, markets, top resellers and the grid (also headed "Indirect resellers") are today's: none takes a range.
    sameForBothRanges: [
      "Indirect resellers",
      "Their subscriptions",
      "Their licences",
      "Resellers by market",
      "Top resellers by subscriptions",
      "Top resellers by licences",
    ],
  },
  {
    ...route("/report"),
    resource: "referrals",
    scope: (page) => page.locator('section[aria-label="Executive summary"], section[aria-label="Referrals"]'),
  },
];

const CORRELATION = /correlation id:?\s*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const values = (scope: Locator) => scope.locator("[data-kpi-value], [data-chart], table");

/** Signs in on a page that loads no data, so the faults set next meet the target page's very first queries. */
async function signInQuietly(page: Page) {
  await openSignedIn(page, "/signed-in");
  await expect(mainHeading(page, "Page not found")).toBeVisible();
}

/** The target's cards (KPI tiles and innermost sections) whose query a range change replaces. */
function followingTheRange(page: Page, target: Target): Locator {
  const scope = target.scope(page);
  if (!target.sameForBothRanges) return scope;
  const kept = page.getByRole("heading", { name: new RegExp(`^(${target.sameForBothRanges.join("|")})$`) });
  return scope.locator("[data-kpi], section:not(:has(section, [data-kpi]))").filter({ hasNot: kept });
}

/** Opens the page (a fresh load: nothing cached) and checks it is never blank. */
async function open(page: Page, target: Target) {
  await page.goto(target.path);
  await expect(mainHeading(page, target.heading)).toBeVisible();
}

/** No skeleton left: every card shows its data, its empty state or its error. */
async function settled(page: Page, timeout = DATA_TIMEOUT) {
  await expect(loadingIndicators(page)).toHaveCount(0, { timeout });
}

/** The resource's cards show numbers again, and nothing on the page is in error. */
async function expectData(page: Page, target: Target) {
  await expect(target.scope(page).locator("[data-kpi-value], [data-chart]").first()).toBeVisible({
    timeout: DATA_TIMEOUT,
  });
  await settled(page);
  await expect(page.locator("main").getByRole("alert"), "no error is left on the page").toHaveCount(0);
  await expect(mainHeading(page, target.heading)).toBeVisible();
}

/**
 * Every card of the faulted resource shows an error and no value. `mention` must appear in the errors (the
 * resource's name: an error says what failed).
 */
async function expectErrorsWithoutNumbers(page: Page, target: Target, mention: string | RegExp) {
  const scope = target.scope(page);
  const alerts = scope.getByRole("alert");
  await expect(alerts.first(), `an error is shown where ${target.resource} data should be`).toBeVisible({
    timeout: DATA_TIMEOUT,
  });
  await settled(page);
  await expect(mainHeading(page, target.heading)).toBeVisible();
  const texts = await alerts.allInnerTexts();
  for (const text of texts) expect(text, "every error names what failed").toMatch(mention);
  // Cards of this resource show their error, never a number: no KPI value, no chart, no table of numbers.
  const shown = await values(scope).evaluateAll((els) =>
    els.map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 60)}"`),
  );
  expect(shown, `numbers shown next to the errors of ${target.resource}`).toEqual([]);
  // Every KPI tile of the resource is in error: none shows a value, a dash or a zero instead.
  const tiles = await scope.evaluateAll((containers) =>
    containers
      .flatMap((c) => (c.matches("[data-kpi]") ? [c] : [...c.querySelectorAll("[data-kpi]")]))
      .filter((tile) => !tile.querySelector('[role="alert"]'))
      .map((tile) => `${tile.getAttribute("data-kpi")}: ${(tile.textContent ?? "").trim().slice(0, 80)}`),
  );
  expect(tiles, "KPI tiles of the failing resource without an error").toEqual([]);
}

/**
 * Clicks Retry buttons one at a time until none is left once the cards have settled (a card that shares one query
 * with another goes back to its error when only the shared query was re-sent). A click takes away its own button
 * and those of every card sharing the query, earlier ones included, so buttons are not clicked by a count taken
 * beforehand: that waited out a click timeout for each button a shared query had already taken away.
 */
async function retryAll(page: Page) {
  const retry = page.locator("main").getByRole("button", { name: "Retry" });
  for (let clicks = 0; clicks < 40; clicks += 1) {
    if ((await retry.count()) === 0) {
      await settled(page);
      if ((await retry.count()) === 0) return;
    }
    // A click can still miss when the last buttons go between the count and the click; the loop counts again.
    await retry
      .last()
      .click({ timeout: 5_000 })
      .catch(() => undefined);
  }
}

/** Every error of the scope carries the correlation id support asks for (soft: the test goes on to Retry). */
async function expectCorrelationIds(scope: Locator) {
  for (const text of await scope.getByRole("alert").allInnerTexts())
    expect.soft(text, "the error carries the correlation id support asks for").toMatch(CORRELATION);
}

/** Responses of the resource's API, in order, with when their request was sent. */
function recordApi(page: Page, resource: Resource) {
  const calls: { url: string; status: number; sentAt: number }[] = [];
  const sent = new Map<string, number[]>();
  const path = `/pc/partner/v1/analytics/${resource}?`;
  page.on("request", (r) => {
    if (!r.url().includes(path)) return;
    sent.set(r.url(), [...(sent.get(r.url()) ?? []), Date.now()]);
  });
  page.on("response", (r: Response) => {
    if (!r.url().includes(path)) return;
    const times = sent.get(r.url()) ?? [];
    calls.push({ url: r.url(), status: r.status(), sentAt: times.shift() ?? Date.now() });
    sent.set(r.url(), times);
  });
  return calls;
}

// Each fault family runs on half the pages and each page meets at least two families: every page's cards and
// every family's handling are exercised end to end, while the shared client and card code behind them is tested
// per resource in the unit tests. All families on all seven pages was 13 minutes of the suite's worker time.
const EVEN = TARGETS.filter((_, i) => i % 2 === 0); // /, /azure-usage, /search, /report
const ODD = TARGETS.filter((_, i) => i % 2 === 1); // /subscriptions, /referrals, /resellers

test.describe("429 Too Many Requests with Retry-After: 2 is waited out", () => {
  for (const target of EVEN) {
    test(`${target.path}: one throttled ${target.resource} request is retried after 2 s and the data appears`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await signInQuietly(page);
      const calls = recordApi(page, target.resource);
      // A chart's request (grouped): one the page keeps. The page's first ungrouped request can be the grid's row
      // count before the unit is known, which the page rightly drops (never re-sends) once the unit is chosen.
      await setFaults(page, [
        { resource: target.resource, grouped: true, status: 429, retryAfterSeconds: 2, times: 1 },
      ]);
      await open(page, target);
      await expectData(page, target);
      const throttled = calls.filter((c) => c.status === 429);
      expect(throttled, "exactly one request was throttled").toHaveLength(1);
      const retried = calls.find(
        (c) => c.url === throttled[0]!.url && c.status === 200 && c.sentAt > throttled[0]!.sentAt,
      );
      expect(retried, "the throttled request was sent again and answered").toBeDefined();
      expect(
        retried!.sentAt - throttled[0]!.sentAt,
        "the retry waited Retry-After (2 s)",
      ).toBeGreaterThanOrEqual(1_900);
    });
  }
});

test.describe("5xx beyond the client's three attempts", () => {
  ODD.forEach((target, i) => {
    const status = i % 2 === 0 ? 500 : 503;
    test(`${target.path}: ${status} on ${target.resource} shows an error with its correlation id and a Retry button; Retry after recovery shows the data`, async ({
      page,
    }) => {
      test.setTimeout(150_000);
      await signInQuietly(page);
      const calls = recordApi(page, target.resource);
      await setFaults(page, [{ resource: target.resource, status }]);
      await open(page, target);
      await expectErrorsWithoutNumbers(page, target, new RegExp(`${target.resource}.*HTTP ${status}`, "s"));
      const scope = target.scope(page);
      await expectCorrelationIds(scope);
      // The client made its three attempts per query, no more.
      const attempts = new Map<string, number>();
      for (const c of calls.filter((call) => call.status === status))
        attempts.set(c.url, (attempts.get(c.url) ?? 0) + 1);
      expect(Math.max(...attempts.values()), "attempts per failing query").toBe(3);
      await expect
        .soft(scope.getByRole("button", { name: "Retry" }).first(), "the error offers a Retry button")
        .toBeVisible();

      await setFaults(page, []);
      await retryAll(page);
      await expectData(page, target);
    });
  });
});

test.describe("a slow answer shows the skeleton, then the data", () => {
  for (const target of ODD) {
    test(`${target.path}: ${target.resource} answering after 4 s shows loading placeholders, then the data`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await signInQuietly(page);
      await setFaults(page, [{ resource: target.resource, latencyMs: 4_000 }]);
      await open(page, target);
      await expect(
        target.scope(page).locator('[role="status"][aria-label^="Loading"]').first(),
      ).toBeVisible();
      await expectData(page, target);
    });
  }
});

test(`a request the proxy gives up on (upstream timeout, ${UPSTREAM_TIMEOUT_S} s) ends in an error with a Retry, and Retry recovers`, async ({
  page,
}) => {
  // The client's own 30 s timeout per attempt is too slow to wait for here (3 attempts: over 90 s); the proxy's
  // timeout is the same path for the user: each attempt fails (504 UpstreamTimeout), then the error is shown.
  test.setTimeout(180_000);
  const target = TARGETS.find((t) => t.path === "/resellers")!;
  await signInQuietly(page);
  await setFaults(page, [{ resource: target.resource, latencyMs: (UPSTREAM_TIMEOUT_S + 5) * 1000 }]);
  await open(page, target);
  await expect(target.scope(page).locator('[role="status"][aria-label^="Loading"]').first()).toBeVisible();
  await expect(page.locator("main").getByRole("alert").first()).toBeVisible({
    timeout: 3 * (UPSTREAM_TIMEOUT_S + 5) * 1000,
  });
  await expectErrorsWithoutNumbers(
    page,
    target,
    new RegExp(`indirectresellers.*HTTP 504.*did not answer within ${UPSTREAM_TIMEOUT_S} s`, "s"),
  );
  await expectCorrelationIds(target.scope(page));
  await setFaults(page, []);
  await retryAll(page);
  await expectData(page, target);
});

test.describe("a malformed answer is an error naming the resource, never a number", () => {
  for (const target of EVEN) {
    test(`${target.path}: not-json, wrong-types and missing-value from ${target.resource} are errors`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await signInQuietly(page);
      for (const malformed of ["not-json", "wrong-types", "missing-value"] as const) {
        await test.step(malformed, async () => {
          await setFaults(page, [{ resource: target.resource, malformed }]);
          await open(page, target);
          await expectErrorsWithoutNumbers(page, target, new RegExp(target.resource.replace("/", "\\/")));
        });
      }
    });
  }
});

test.describe("a page failing in the middle of a paged grid read", () => {
  const grids = [
    { path: "/subscriptions?range=last-6-months", heading: "Subscriptions", resource: "subscriptions" },
    { path: "/search?range=last-6-months", heading: "Search engagement", resource: "search" },
  ] as const;
  for (const grid of grids) {
    test(`${grid.path}: page 2 of ${grid.resource} failing is reported with the rows it covers, never as complete; Resume finishes`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await signInQuietly(page);
      await setFaults(page, [{ resource: grid.resource, skip: 10_000, grouped: false, status: 500 }]);
      await page.goto(grid.path);
      await expect(mainHeading(page, grid.heading)).toBeVisible();
      const load = page.getByRole("button", { name: /^Load [\d,]+ rows$/ });
      await expect(load).toBeVisible({ timeout: DATA_TIMEOUT });
      const total = Number((await load.textContent())!.replace(/\D/g, ""));
      expect(total, "the grid needs more than one 10,000-row page").toBeGreaterThan(10_000);
      const fmt = (n: number) => n.toLocaleString("en-US");
      await load.click();

      const section = page.locator("section").filter({ has: page.getByRole("grid") });
      const failure = section.getByRole("alert");
      await expect(failure).toBeVisible({ timeout: DATA_TIMEOUT });
      await expect(failure).toContainText(
        `Page 2 (rows 10,001–${fmt(Math.min(20_000, total))}) failed to load`,
      );
      await expect(failure).toContainText(
        `Only 10,000 of ${fmt(total)} rows are loaded; this is not the whole result.`,
      );
      await expect(failure).toContainText(CORRELATION);
      await expect(failure).toContainText(/HTTP 500/);
      // The row count never claims the result is complete, and the grid holds just the rows that arrived.
      const countLine = section.locator('[aria-live="polite"]');
      await expect(countLine).toContainText(`10,000 of ${fmt(total)} rows loaded`);
      await expect(countLine).not.toHaveText(new RegExp(`(^|· )${fmt(total)} rows$`));
      await expect(page.getByRole("grid")).toHaveAttribute("aria-rowcount", String(10_000 + 1));
      await expect(mainHeading(page, grid.heading)).toBeVisible();

      await setFaults(page, []);
      await failure.getByRole("button", { name: "Resume" }).click();
      await expect(failure).toBeHidden({ timeout: DATA_TIMEOUT });
      await expect(countLine).toHaveText(new RegExp(`(^|· )${fmt(total)} rows$`), { timeout: DATA_TIMEOUT });
      await expect(page.getByRole("grid")).toHaveAttribute("aria-rowcount", String(total + 1));
    });
  }
});

test.describe("offline, then back online", () => {
  // The report's month is a plain GET form (a full page load), so "a filter change while offline" is the browser's
  // own offline page there; every other page changes its range in place.
  for (const target of ODD) {
    test(`${target.path}: a range change while offline shows errors, not the old numbers; Retry once online shows the data`, async ({
      page,
      context,
    }) => {
      test.setTimeout(150_000);
      await signInQuietly(page);
      await open(page, target);
      await expectData(page, target);
      const changed = followingTheRange(page, target);
      await expect(
        values(changed).first(),
        "the cards that follow the range show numbers before the change",
      ).toBeVisible();
      await context.setOffline(true);
      await page.getByRole("combobox", { name: "Date range" }).selectOption("last-6-months");
      await expect(page).toHaveURL(/range=last-6-months/);
      // The numbers of the previous range must not stay on screen under the new range's label.
      await expect(
        values(changed),
        "numbers still shown for the new range while offline (they are the previous range's)",
      ).toHaveCount(0, { timeout: 20_000 });
      await expectErrorsWithoutNumbers(page, { ...target, scope: () => changed }, target.resource);
      await expectCorrelationIds(changed);
      await context.setOffline(false);
      await retryAll(page);
      await expectData(page, target);
    });
  }
});

// Issue 17: a wait for Partner Center says what it waits for, and a wait longer than the client's cap is an error.
test.describe("waiting is never silent", () => {
  const target = TARGETS.find((t) => t.path === "/subscriptions")!;

  test("a long Retry-After: the page says Partner Center is throttling and when it retries; Cancel stops the wait, Retry shows the data", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInQuietly(page);
    await setFaults(page, [{ resource: target.resource, grouped: true, status: 429, retryAfterSeconds: 50 }]);
    await open(page, target);
    const waiting = page
      .locator("main")
      .getByText(
        /^Waiting for Partner Center: it is limiting requests \(throttled\); retrying at \d\d:\d\d:\d\d\.$/,
      );
    // The notice comes after a few seconds (4 s), long before the retry (50 s).
    await expect(waiting.first()).toBeVisible({ timeout: 15_000 });
    await page.locator("main").getByRole("button", { name: "Cancel" }).first().click();
    // Every waiting card says it was cancelled (KPI tiles in a line, cards with the reason) and offers Retry.
    const alerts = page.locator("main").getByRole("alert");
    await expect(alerts.filter({ hasText: "You stopped waiting for Partner Center" }).first()).toBeVisible();
    await expect(waiting).toHaveCount(0);
    for (const text of await alerts.allInnerTexts())
      expect(text).toMatch(/the request was cancelled[^]*Retry/);

    await setFaults(page, []);
    await retryAll(page);
    await expectData(page, target);
  });

  test("a Retry-After beyond the client's cap ends at once in an error that says when to try again", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInQuietly(page);
    const calls = recordApi(page, target.resource);
    await setFaults(page, [{ resource: target.resource, status: 429, retryAfterSeconds: 3600 }]);
    await open(page, target);
    await expectErrorsWithoutNumbers(
      page,
      target,
      /subscriptions.*HTTP 429\): try again at \d\d:\d\d \(in 60 min\)/s,
    );
    const attempts = new Map<string, number>();
    for (const c of calls) attempts.set(c.url, (attempts.get(c.url) ?? 0) + 1);
    expect(Math.max(...attempts.values()), "requests per throttled query: no blind retry").toBe(1);

    await setFaults(page, []);
    await retryAll(page);
    await expectData(page, target);
  });
});
