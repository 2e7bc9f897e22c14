import { expect, openSignedIn, signIn, test } from "../fixtures.ts";
import { onOwnServer } from "../support/own-server.ts";

const DEEP_LINK = "/subscriptions?range=last-6-months&compare=year&status=ACTIVE";
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;

test.describe("sign-in through the embedded OpenID Connect provider", () => {
  test("a shared, filtered link opened signed out lands on the same view after sign-in, with data", async ({
    page,
    problems,
  }) => {
    const consoleText: string[] = [];
    page.on("console", (m) => consoleText.push(m.text()));
    const urls: string[] = [];
    page.on("framenavigated", (frame) => urls.push(frame.url()));
    page.on("request", (request) => urls.push(request.url()));

    await openSignedIn(page, DEEP_LINK);
    await expect(page.getByRole("heading", { level: 1, name: "Subscriptions" })).toBeVisible();
    await expect(page.locator('[data-chip="status"]')).toHaveText(/ACTIVE/);
    await expect(page.locator("[data-kpi-value]").first()).toHaveText(/\d/);

    // Tokens live only in MSAL's sessionStorage cache: never in a URL, localStorage or the console.
    expect(urls.filter((u) => JWT.test(decodeURIComponent(u)) || /access_token|id_token=/.test(u))).toEqual(
      [],
    );
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(JWT);
    expect(consoleText.filter((t) => JWT.test(t))).toEqual([]);
    expect(await page.evaluate(() => Object.values(sessionStorage).some((v) => /eyJ/.test(v)))).toBe(true);
    expect(problems.pageErrors).toEqual([]);
  });

  test("a reload is served from the token cache, without going back to the identity provider", async ({
    page,
    request,
  }) => {
    await openSignedIn(page, "/");
    const toIdp: string[] = [];
    page.on("request", (request) => request.url().includes("/idp/") && toIdp.push(request.url()));
    await page.reload();
    await expect(page.locator("[data-kpi-value]").first()).toHaveText(/\d/);
    // Not even the discovery document: the server hands MSAL the authority's metadata in /config.json.
    expect(toIdp).toEqual([]);
    const discovery = await (await request.get("/idp/.well-known/openid-configuration")).json();
    const { metadata } = (await (await request.get("/config.json")).json()).auth;
    for (const field of [
      "issuer",
      "authorization_endpoint",
      "token_endpoint",
      "jwks_uri",
      "end_session_endpoint",
    ])
      expect(metadata[field], field).toBe(discovery[field]);
  });

  test("without a refresh token, MSAL renews silently in a hidden iframe on the bridge page while the session lives", async ({
    page,
    problems,
  }) => {
    await openSignedIn(page, "/?range=last-3-months&compare=previous");
    await expect(page.locator("[data-kpi-value]").first()).toHaveText(/\d/);
    // Tokens gone from MSAL's cache (as when Entra's 24-hour SPA refresh token expires); the provider's session lives.
    const removed = await page.evaluate(() => {
      const keys = Object.keys(sessionStorage).filter((key) => /refreshtoken|accesstoken/i.test(key));
      for (const key of keys) sessionStorage.removeItem(key);
      return keys.length;
    });
    expect(removed).toBeGreaterThanOrEqual(2);
    const frames: string[] = [];
    page.on(
      "framenavigated",
      (frame) => frame !== page.mainFrame() && frames.push(new URL(frame.url()).pathname),
    );
    await page.getByLabel("Compare with").selectOption("year");
    await expect(page).toHaveURL(/compare=year/);
    await expect(page.locator("[data-kpi-value]").first()).toHaveText(/\d/);
    expect(frames).toContain("/redirect.html");
    await expect(page.getByLabel("Username")).toHaveCount(0);
    expect(problems.csp).toEqual([]);
  });

  test("sign out returns to the sign-in screen", async ({ page }) => {
    await openSignedIn(page, "/");
    await page.getByRole("button", { name: "Alex" }).click();
    await expect(page.getByText("alex@contoso-partner.example")).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    expect(await page.evaluate(() => Object.values(sessionStorage).some((v) => /eyJ/.test(v)))).toBe(false);
  });
});

// The restart ends every session on its server, so this test has a server of its own: on the shared one it signed
// out the other worker's tests mid-run (their token renewal failed and their page never showed data).
const onOwn = onOwnServer(30);
onOwn.describe("an identity provider that forgets its sessions", () => {
  // The provider answers the forgotten refresh token with 400 (invalid_grant), the API the old token with 401.
  onOwn.use({ allowConsole: [/Failed to load resource: the server responded with a status of (400|401)/] });
  onOwn(
    "when the identity provider restarts and forgets the session, the app asks to sign in again",
    async ({ page }) => {
      await openSignedIn(page, "/?range=last-3-months&compare=previous");
      await expect(page.locator("[data-kpi-value]").first()).toHaveText(/\d/);
      expect((await page.request.post("/__mock/restart-idp")).ok()).toBe(true);
      // A new query: the old token fails the mock's signature check, the refresh token is unknown, and MSAL
      // sends the user back to the sign-in form instead of showing a broken page.
      await page.getByLabel("Compare with").selectOption("year");
      // Either MSAL redirects straight to the provider, or the app says why and offers to sign in again.
      const notice = page.getByText("Your session has ended or Partner Center no longer accepts it");
      await expect(page.getByLabel("Username").or(notice)).toBeVisible();
      if (await notice.isVisible()) await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByLabel("Username").fill("alex");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/compare=year/);
      await expect(page.locator("[data-kpi-value]").first()).toHaveText(/\d/);
    },
  );
});

test("the production (Entra) configuration builds the right authorize request", async ({
  page,
  problems,
}) => {
  const tenant = "11111111-2222-3333-4444-555555555555";
  const clientId = "99999999-8888-7777-6666-555555555555";
  await page.route("**/config.json", (route) =>
    route.fulfill({
      json: {
        cloud: "global",
        apiBasePath: "/pc",
        demo: false,
        partnerName: "Fabrikam CSP",
        features: { referrals: true },
        auth: {
          clientId,
          authority: `https://login.microsoftonline.com/${tenant}`,
          knownAuthorities: [],
          protocolMode: "AAD",
          scopes: ["https://api.partnercenter.microsoft.com/user_impersonation"],
        },
      },
    }),
  );
  let authorize: URL | undefined;
  await page.context().route("https://login.microsoftonline.com/**", async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith("/oauth2/v2.0/authorize")) authorize = url;
    await route.fulfill({ status: 200, contentType: "text/html", body: "<p>Entra stand-in</p>" });
  });
  await page.goto("/subscriptions?range=last-month");
  const origin = new URL(page.url()).origin;
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect.poll(() => authorize?.pathname).toBe(`/${tenant}/oauth2/v2.0/authorize`);
  const params = authorize!.searchParams;
  expect(params.get("client_id")).toBe(clientId);
  expect(params.get("redirect_uri")).toBe(`${origin}/redirect.html`);
  expect(params.get("response_type")).toBe("code");
  expect(params.get("code_challenge_method")).toBe("S256");
  expect(params.get("code_challenge")).toMatch(/^[\w-]{43}$/);
  expect(params.get("scope")!.split(" ").sort()).toEqual([
    "https://api.partnercenter.microsoft.com/user_impersonation",
    "offline_access",
    "openid",
    "profile",
  ]);
  expect(problems.csp).toEqual([]);
});

test("signing in again after the sign-in screen keeps working (no interaction_in_progress)", async ({
  page,
}) => {
  await page.goto("/search?range=last-30-days");
  await signIn(page);
  await expect(page).toHaveURL(/\/search\?range=last-30-days/);
});
