// Headless Chromium for the benchmark: launch, sign-in on the demo identity provider, and the CDP controls
// (CPU throttling, HTTP cache) the measurements need.
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from "@playwright/test";
import { CHROMIUM_FLAGS } from "../scripts/find-chromium.mjs";
import { PROBE_SCRIPT } from "./page-probes.ts";

// The build machines have no internet: without the background-networking flags Chromium keeps calling home.
// Lighthouse's desktop preset viewport, so LCP and DOM numbers compare with B.6's LHCI figures.
const VIEWPORT = { width: 1350, height: 940 };

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  version: string;
  close: () => Promise<void>;
}

export async function openBrowser(): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_FLAGS,
    headless: true,
  });
  // No context.route(): request interception would put a round trip to this process in front of every request.
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: VIEWPORT,
    acceptDownloads: true,
  });
  await context.addInitScript({ content: PROBE_SCRIPT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { browser, context, page, cdp, version: browser.version(), close: () => browser.close() };
}

/**
 * Signs in on the embedded identity provider (e2e/fixtures.ts does the same) and waits until the app is back
 * on `url`. MSAL keeps the tokens in this tab's sessionStorage, so later navigations of this page stay signed in.
 */
export async function signIn(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Username").fill("bench");
  await page.getByLabel("Password").fill("any password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("navigation", { name: "Pages" }).waitFor({ timeout: 60_000 });
}

/**
 * The bearer token of the first API request the page sends after this call. Returned, never logged: the load
 * test keeps it in memory only.
 */
export function nextApiToken(page: Page): Promise<string> {
  return new Promise((resolve) => {
    const onRequest = (request: import("@playwright/test").Request) => {
      const authorization = request.headers()["authorization"];
      if (!new URL(request.url()).pathname.startsWith("/pc/") || !authorization?.startsWith("Bearer "))
        return;
      page.off("request", onRequest);
      resolve(authorization);
    };
    page.on("request", onRequest);
  });
}

export async function setCpuRate(cdp: CDPSession, rate: number) {
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}

/** A line from an office to a cloud region: what the relay's compressed answers are for. */
export const OFFICE_LINE = {
  label: "100 Mbit/s down, 20 Mbit/s up, 20 ms",
  down: 100,
  up: 20,
  latencyMs: 20,
};

/**
 * Runs `work` with the browser's network throttled to OFFICE_LINE. Throttling needs the Network domain on this
 * session, whose agent then also keeps a copy of every body: that costs the renderer some time too.
 */
export async function overOfficeLine<T>(cdp: CDPSession, work: () => Promise<T>): Promise<T> {
  const bytesPerSecond = (mbit: number) => (mbit * 1_000_000) / 8;
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: OFFICE_LINE.latencyMs,
    downloadThroughput: bytesPerSecond(OFFICE_LINE.down),
    uploadThroughput: bytesPerSecond(OFFICE_LINE.up),
  });
  try {
    return await work();
  } finally {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await cdp.send("Network.disable");
  }
}

/** Empties the HTTP cache (and with it V8's code cache, which lives in its entries) for a cold load. */
export async function clearHttpCache(cdp: CDPSession) {
  await cdp.send("Network.clearBrowserCache");
}

/**
 * How much slower a fixed loop runs in the page now than unthrottled: proves the throttling survived the
 * navigation (a new renderer process could drop it).
 */
export async function measureLoopMs(page: Page): Promise<number> {
  return page.evaluate(
    `(() => { const t = performance.now(); let x = 0; for (let i = 0; i < 2e7; i++) x += Math.sqrt(i); window.__sink = x; return performance.now() - t; })()`,
  ) as Promise<number>;
}
