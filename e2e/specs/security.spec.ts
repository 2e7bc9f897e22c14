import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { DEMO_CLIENT_ID } from "../../mock/idp/dev-idp.ts";
import { expect, openSignedIn, test } from "../support/guarded.ts";
import { DATA_TIMEOUT, mainHeading, ROUTES, waitForData } from "../support/app.ts";
import { monthOfLatest } from "../support/expected.ts";
import { PROTOCOLS, rawRequest } from "../support/raw-http.ts";

// Issue 9, security: the strict CSP holds on every page, API strings carrying markup render as inert text, tokens
// never leak into URLs, localStorage or the console, the token relay refuses everything but analytics GETs, the
// static files carry the right headers, and production dependencies have no high or critical advisory.

// The tests share no state and change nothing on the server: in parallel, the file (the last one a run reaches)
// spreads over both workers instead of leaving one of them idle at the end of the run.
test.describe.configure({ mode: "parallel" });

const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;
const HOSTILE_CUSTOMER = "<img src=x onerror=alert(1)> Contoso";
const HOSTILE_KEYWORD = `O'Brien "cloud"`;

declare global {
  interface Window {
    __reportCsp?: (violation: string) => void;
  }
}

/** Collects every securitypolicyviolation event of every document the page loads (app, idp, redirect). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportCsp", (violation: string) => void violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      void window.__reportCsp?.(
        `${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  });
  page.on("console", (msg) => {
    if (/Content.Security.Policy|Refused to (load|execute|apply|connect|frame|create)/i.test(msg.text()))
      violations.push(`console: ${msg.text()}`);
  });
  return violations;
}

/** Every page through the navigation, with some interaction on each: what a user's session touches. */
async function tour(page: Page) {
  const nav = page.getByRole("navigation", { name: "Pages" });
  const labels: Record<string, string> = {
    "/": "Overview",
    "/subscriptions": "Subscriptions",
    "/azure-usage": "Azure usage",
    "/referrals": "Referrals",
    "/search": "Search",
    "/resellers": "Indirect resellers",
    "/report": "Monthly report",
  };
  for (const { path, heading } of ROUTES) {
    await nav.getByRole("link", { name: labels[path]!, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === path);
    await expect(mainHeading(page, heading)).toBeVisible();
    await waitForData(page);
    const asTable = page.getByRole("button", { name: "View as table" }).first();
    if (await asTable.isVisible()) {
      await asTable.click();
      await expect(page.getByRole("button", { name: "View as chart" }).first()).toBeVisible();
    }
    const load = page.getByRole("button", { name: /^Load [\d,]+ rows$/ });
    if (path === "/subscriptions") {
      await expect(load).toBeVisible({ timeout: DATA_TIMEOUT });
      await load.click();
      await expect(page.getByRole("gridcell").first()).toBeVisible({ timeout: DATA_TIMEOUT });
      await page.getByRole("gridcell").first().click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await page.keyboard.press("Escape");
    }
  }
  // The theme switch restyles the whole document (CSSOM only: no inline style may be needed).
  await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.getByRole("combobox", { name: "Theme" }).selectOption("system");
}

// One signed-in tour of every page serves both the CSP and the token checks: each tour is ~50 s of page loads.
test.describe("content security policy and tokens", () => {
  test("the app's documents carry the strict CSP; a signed-in tour of every page reports no violation and puts no token in a URL, localStorage, a cookie or the console", async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const violations = await watchCsp(page);
    const documents: { url: string; csp: string | undefined }[] = [];
    const urls: string[] = [];
    const consoleText: string[] = [];
    context.on("request", (request) => urls.push(request.url()));
    page.on("framenavigated", (frame) => urls.push(frame.url()));
    page.on("console", (msg) => consoleText.push(msg.text()));
    page.on("response", (response) => {
      const request = response.request();
      const url = new URL(response.url());
      if (
        request.resourceType() === "document" &&
        url.origin === new URL(baseURL!).origin &&
        !url.pathname.startsWith("/idp")
      ) {
        documents.push({ url: url.pathname, csp: response.headers()["content-security-policy"] });
      }
    });
    const response = await page.goto("/subscriptions?range=last-3-months");
    const csp = response?.headers()["content-security-policy"] ?? "";
    const directives = Object.fromEntries(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([name = "", ...values]) => [name, values]),
    );
    expect(directives["script-src"], csp).toEqual(["'self'"]);
    expect(directives["style-src"], csp).toEqual(["'self'"]);
    expect(directives["default-src"], csp).toEqual(["'self'"]);
    expect(directives["object-src"], csp).toEqual(["'none'"]);
    expect(directives["base-uri"], csp).toEqual(["'none'"]);
    expect(directives["frame-ancestors"], csp).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);

    await openSignedIn(page, "/subscriptions?range=last-3-months");
    // The browser's session is HTTP/2 (ALPN): the tour below checks the CSP over it.
    expect(
      await page.evaluate(() => performance.getEntriesByType("navigation")[0]?.toJSON().nextHopProtocol),
    ).toBe("h2");
    await tour(page);
    expect(violations, "CSP violations during the tour").toEqual([]);
    // Every app document of the session (index, the sign-in redirect page) came with the same policy, except that
    // MSAL's bridge page may be framed by this origin (silent renewal ends in a hidden iframe on it).
    expect(documents.length).toBeGreaterThanOrEqual(2);
    for (const doc of documents) {
      const expected =
        doc.url === "/redirect.html" ? csp.replace("frame-ancestors 'none'", "frame-ancestors 'self'") : csp;
      expect(doc.csp, `CSP of ${doc.url}`).toBe(expected);
    }

    const leaking = urls.filter(
      (u) =>
        JWT.test(u) ||
        JWT.test(decodeURIComponent(u)) ||
        /[?#&](access_token|id_token|refresh_token)=/.test(u),
    );
    expect(leaking, "URLs carrying a token").toEqual([]);
    expect(await page.evaluate(() => JSON.stringify(localStorage)), "localStorage").not.toMatch(JWT);
    expect(await page.evaluate(() => document.cookie), "cookies readable by scripts").not.toMatch(JWT);
    expect(
      consoleText.filter((t) => JWT.test(t)),
      "console messages carrying a token",
    ).toEqual([]);
    // The tokens do exist (MSAL's sessionStorage cache): the checks above looked at a signed-in session.
    expect(await page.evaluate(() => Object.values(sessionStorage).some((v) => /eyJ/.test(v)))).toBe(true);
  });
});

test.describe("API strings carrying markup render as inert text", () => {
  let dialogs: string[];
  test.beforeEach(async ({ page }) => {
    dialogs = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  test.afterEach(async ({ page }) => {
    expect(await page.locator('img[src="x"]').count(), "an <img src=x> element was created from data").toBe(
      0,
    );
    expect(
      await page.locator("[onerror]").count(),
      "an element with an onerror attribute was created from data",
    ).toBe(0);
    expect(dialogs, "dialogs opened by injected script").toEqual([]);
  });

  test(`the customer "${HOSTILE_CUSTOMER}" shows literally in the subscriptions grid and its details`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openSignedIn(page, "/subscriptions?range=last-12-months&customerName=onerror");
    await expect(page.locator('[data-chip="customerName"]')).toContainText("onerror");
    await waitForData(page);
    const load = page.getByRole("button", { name: /^Load [\d,]+ rows$/ });
    await expect(load).toBeVisible({ timeout: DATA_TIMEOUT });
    await load.click();
    const cell = page.getByRole("gridcell", { name: HOSTILE_CUSTOMER, exact: true }).first();
    await expect(cell).toBeVisible({ timeout: DATA_TIMEOUT });
    await expect(cell).toHaveText(HOSTILE_CUSTOMER);
    expect(await cell.evaluate((el) => el.children.length), "the cell holds text only").toBe(0);
    await cell.click();
    const details = page.getByRole("dialog");
    await expect(
      details.locator("dt", { hasText: /^customerName$/ }).locator("xpath=following-sibling::dd[1]"),
    ).toHaveText(HOSTILE_CUSTOMER);
  });

  test(`the customer "${HOSTILE_CUSTOMER}" shows literally in Azure usage's top customers and filter chip`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // The month of the customer's latest usage, found in the mock's raw rows: a relative range holds it on some days only.
    const month = monthOfLatest("usage/azure", "usageDate", (row) => row.customerName === HOSTILE_CUSTOMER);
    await openSignedIn(
      page,
      `/azure-usage?range=${month.from}..${month.to}&customerName=${encodeURIComponent(HOSTILE_CUSTOMER)}`,
    );
    await waitForData(page);
    await expect(page.locator('[data-chip="customerName"]')).toContainText(HOSTILE_CUSTOMER);
    const topCustomers = page.getByRole("region", { name: "Top customers" });
    await expect(topCustomers.getByText(HOSTILE_CUSTOMER, { exact: true }).first()).toBeVisible();
    await expect(page.locator('[data-chip="customerName"] span')).toHaveText(`Customer: ${HOSTILE_CUSTOMER}`);
  });

  test(`the search keyword ${HOSTILE_KEYWORD} (both kinds of quotes) is filtered on and shown literally`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const month = monthOfLatest("search", "searchDate", (row) => row.keywordSearchText === HOSTILE_KEYWORD);
    const path = `/search?range=${month.from}..${month.to}&keywordSearchText=${encodeURIComponent(`O'Brien "cloud`).replace(/'/g, "%27")}`;
    await openSignedIn(page, path);
    await waitForData(page);
    await expect(page.locator('[data-chip="keywordSearchText"]')).toContainText(`O'Brien "cloud`);
    await expect(page.locator("main").getByRole("alert")).toHaveCount(0);
    await expect(page.locator("main").getByText(HOSTILE_KEYWORD, { exact: true }).first()).toBeVisible();
    const load = page.getByRole("button", { name: /^Load [\d,]+ rows$/ });
    await load.click();
    await expect(page.getByRole("gridcell", { name: HOSTILE_KEYWORD, exact: true }).first()).toBeVisible({
      timeout: DATA_TIMEOUT,
    });
  });
});

test.describe("the token relay (/pc) refuses everything but analytics GETs", () => {
  const analytics = "/pc/partner/v1/analytics/subscriptions?top=1";

  test("POST, PUT and DELETE are refused with 405 and Allow: GET", async ({ request }) => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"] as const) {
      const response = await request.fetch(analytics, { method, data: {} });
      expect(response.status(), method).toBe(405);
      expect(response.headers()["allow"]).toBe("GET");
      expect((await response.json()).code).toBe("MethodNotAllowed");
    }
  });

  test("paths outside the analytics API are refused with 400", async ({ request }) => {
    for (const path of ["/pc/v1/customers", "/pc/partner/v1/customers", "/pc/partner/v1/analytics/", "/pc"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect((await response.json()).code, path).toBe("InvalidProxyPath");
    }
  });

  for (const protocol of PROTOCOLS) {
    test(`over ${protocol}: other methods get 405, and encoded dot segments, encoded slashes, empty segments and absolute-form targets are refused (raw socket)`, async ({
      baseURL,
    }) => {
      const origin = baseURL!;
      const { host } = new URL(origin);
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        const response = await rawRequest(origin, analytics, {
          method,
          protocol,
          body: "{}",
          headers: { "content-type": "application/json" },
        });
        expect(response.status, `${method} over ${protocol}`).toBe(405);
        expect(response.headers["allow"]).toBe("GET");
      }
      const targets = [
        "/pc/v1/customers",
        "/pc/partner/v1/analytics/%2e%2e/%2e%2e/v1/customers",
        "/pc/partner/v1/analytics/%2E%2E/%2E%2E/%2E%2E/v1/customers",
        "/pc/partner/v1/analytics/../../v1/customers",
        "/pc/partner/v1/analytics/subscriptions%2f..%2f..%2fv1",
        "/pc/partner/v1/analytics/subscriptions%5c..",
        "/pc//partner/v1/analytics/subscriptions",
        "/pc/partner/v1/analytics/subscriptions%00",
      ];
      for (const target of targets) {
        const response = await rawRequest(origin, target, { protocol });
        expect(response.status, target).toBe(400);
        expect(JSON.parse(response.body), target).toMatchObject({
          code: "InvalidProxyPath",
          source: "dashboard-proxy",
        });
      }
      // HTTP/1.1 has an absolute form, refused by the relay; HTTP/2 has none, and its framing layer resets the
      // stream before the app sees it (status 0 here).
      for (const target of [
        "https://evil.example/pc/partner/v1/analytics/subscriptions",
        `https://${host}/pc/partner/v1/analytics/subscriptions`,
      ]) {
        const response = await rawRequest(origin, target, { protocol });
        if (protocol === "h2") expect(response.status, target).toBe(0);
        else expect(JSON.parse(response.body), target).toMatchObject({ code: "InvalidProxyPath" });
      }
      // A request naming two hosts (two Host lines; over HTTP/2 a Host unlike :authority) is refused.
      const twoHosts = await rawRequest(origin, analytics, {
        protocol,
        headers: protocol === "h2" ? { ":authority": host, host: "evil.example" } : { Host: "evil.example" },
      });
      expect(twoHosts.status).toBe(400);
      expect(JSON.parse(twoHosts.body)).toMatchObject({ code: "DuplicateHost" });
      // A well-formed request passes the relay (and the mock then wants a token): the refusals above are the relay's.
      const allowed = await rawRequest(origin, analytics, { protocol });
      expect(allowed.status).toBe(401);
      expect(allowed.headers["content-security-policy"]).toContain("default-src 'self'");
    });
  }
});

test.describe("response headers", () => {
  const COMMON = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
  };

  test("every kind of response carries the security headers; HTML is no-store, hashed assets immutable", async ({
    request,
  }) => {
    const html = { headers: { Accept: "text/html" } };
    const index = await request.get("/", html);
    const indexText = await index.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(indexText)?.[1];
    const stylesheet = /href="(\/assets\/[^"]+\.css)"/.exec(indexText)?.[1];
    expect(asset, "index.html references a hashed script").toBeDefined();
    const cases = [
      { path: "/", response: index, cache: /no-store/ },
      { path: "/index.html", response: await request.get("/index.html", html), cache: /no-store/ },
      {
        path: "/subscriptions (SPA route)",
        response: await request.get("/subscriptions?range=last-month", html),
        cache: /no-store/,
      },
      { path: "/redirect.html", response: await request.get("/redirect.html", html), cache: /no-store/ },
      { path: asset!, response: await request.get(asset!), cache: /immutable/ },
      {
        path: stylesheet ?? "(no css)",
        response: await request.get(stylesheet ?? asset!),
        cache: /immutable/,
      },
      { path: "/config.json", response: await request.get("/config.json"), cache: /no-store/ },
      { path: "/pc (refused)", response: await request.get("/pc/v1/customers"), cache: null },
    ];
    // Soft: one run lists every missing header on every path.
    for (const { path, response, cache } of cases) {
      const headers = response.headers();
      expect.soft(response.status(), path).toBeLessThan(500);
      // MSAL's bridge page is the one page this origin may frame: silent renewal ends in a hidden iframe on it.
      const bridge = path === "/redirect.html";
      for (const [name, value] of Object.entries({
        ...COMMON,
        ...(bridge ? { "x-frame-options": "SAMEORIGIN" } : {}),
      }))
        expect.soft(headers[name], `${name} on ${path}`).toBe(value);
      const csp = headers["content-security-policy"] ?? "";
      expect
        .soft(csp, `CSP on ${path}`)
        .toContain(bridge ? "frame-ancestors 'self'" : "frame-ancestors 'none'");
      expect.soft(csp, `CSP on ${path}`).toContain("script-src 'self'");
      expect.soft(headers["strict-transport-security"], `HSTS on ${path}`).toMatch(/max-age=\d+/);
      if (cache) expect.soft(headers["cache-control"], `Cache-Control on ${path}`).toMatch(cache);
      // A precompressed answer must say it depends on Accept-Encoding, or a shared cache may hand brotli to a client
      // that cannot read it (the assets are cacheable by anyone for a year).
      if (headers["content-encoding"])
        expect
          .soft(headers["vary"] ?? "", `Vary on ${path} (served ${headers["content-encoding"]})`)
          .toMatch(/accept-encoding/i);
    }
    const immutable = (await request.get(asset!)).headers()["cache-control"] ?? "";
    expect(immutable).toMatch(/max-age=31536000/);
    expect((await request.get("/")).headers()["content-type"]).toMatch(/text\/html/);
  });
});

test.describe("the identity provider under /idp (issue 17)", () => {
  test("its sign-in page and discovery document carry the headers, and no forwarded host changes its URLs", async ({
    request,
    baseURL,
  }) => {
    const query = new URLSearchParams({
      client_id: DEMO_CLIENT_ID,
      response_type: "code",
      redirect_uri: `${baseURL}/redirect.html`,
      scope: "openid",
      state: "s",
      nonce: "n",
      code_challenge: createHash("sha256").update("e2e-verifier-".padEnd(64, "x")).digest("base64url"),
      code_challenge_method: "S256",
    });
    // The authorization request redirects to the sign-in form (the request context follows and keeps the cookies).
    const signInPage = await request.get(`/idp/auth?${query}`, { headers: { Accept: "text/html" } });
    expect(await signInPage.text()).toContain("Sign in to the demo tenant");
    const discovery = await request.get("/idp/.well-known/openid-configuration", {
      headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http" },
    });
    expect((await discovery.json()).token_endpoint).toBe(`${baseURL}/idp/token`);
    for (const [name, response] of [
      ["sign-in page", signInPage],
      ["discovery document", discovery],
    ] as const) {
      const headers = response.headers();
      expect.soft(headers["x-frame-options"], name).toBe("DENY");
      expect.soft(headers["x-content-type-options"], name).toBe("nosniff");
      expect.soft(headers["strict-transport-security"], name).toMatch(/max-age=\d+/);
      const csp = headers["content-security-policy"] ?? "";
      expect.soft(csp, name).toContain("default-src 'none'");
      expect.soft(csp, name).toContain("frame-ancestors 'none'");
      expect.soft(csp, name).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    }
  });
});

test.describe("the test-only endpoints (MOCK_FAULTS=on) refuse other sites (issue 17)", () => {
  // The refused answer is logged by the attacker's page.
  test.use({ allowConsole: [/status of 403/] });

  test("a form on another site cannot restart the identity provider (a text/plain POST needs no preflight)", async ({
    page,
    baseURL,
  }) => {
    const target = `${baseURL}/__mock/restart-idp`;
    // The other site is a server of the test's own on 127.0.0.1: a page Chromium serves from loopback may post to
    // localhost (Chromium blocks a public page's requests to loopback by itself; other browsers do not).
    const attacker = createServer((_request, response) => {
      response.setHeader("Content-Type", "text/html");
      response.end(
        `<!doctype html><title>other site</title><form method="post" enctype="text/plain" action="${target}"><button>Win a prize</button></form>`,
      );
    });
    await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
    try {
      await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
      const [answer] = await Promise.all([
        page.waitForResponse(target),
        page.getByRole("button", { name: "Win a prize" }).click(),
      ]);
      expect(answer.status()).toBe(403);
      expect(await answer.json()).toMatchObject({ code: "CrossSiteRequest" });
    } finally {
      attacker.close();
    }
  });
});

test("production dependencies have no high or critical advisory (npm audit --omit=dev)", async () => {
  // Needs the npm registry's audit endpoint. E2E_AUDIT=off skips it explicitly (e.g. offline); it never skips itself.
  test.skip(process.env.E2E_AUDIT === "off", "E2E_AUDIT=off");
  test.setTimeout(180_000);
  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
    execFile(
      "npm",
      ["audit", "--omit=dev", "--json"],
      { cwd: process.cwd(), timeout: 150_000, maxBuffer: 32 * 1024 * 1024 },
      (_error, out, err) => resolve({ stdout: out, stderr: err }),
    );
  });
  let report: {
    metadata?: { vulnerabilities?: Record<string, number> };
    vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
    message?: string;
    error?: unknown;
  };
  try {
    report = JSON.parse(stdout);
  } catch {
    throw new Error(
      `npm audit did not print a JSON report:\n${stdout.slice(0, 2000)}\n${stderr.slice(0, 2000)}`,
    );
  }
  const counts = report.metadata?.vulnerabilities;
  // A registry without the audit endpoint (an offline mirror answers 405) cannot judge: say so instead of passing.
  test.skip(
    !counts &&
      /405|ENOTFOUND|ECONNREFUSED|EAI_AGAIN/.test(
        `${report.message ?? ""}${JSON.stringify(report.error ?? "")}${stderr}`,
      ),
    `npm audit unavailable from this registry: ${report.message ?? stderr.slice(0, 200)}`,
  );
  expect(
    counts,
    `npm audit could not produce a report (registry unreachable?): ${report.message ?? JSON.stringify(report.error ?? report).slice(0, 500)}\n${stderr.slice(0, 1000)}`,
  ).toBeDefined();
  const serious = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === "high" || v.severity === "critical")
    .map(([name, v]) => `${name} (${v.severity})`);
  expect(
    (counts!.high ?? 0) + (counts!.critical ?? 0),
    `high/critical advisories: ${serious.join(", ")}`,
  ).toBe(0);
});
