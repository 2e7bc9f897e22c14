// What the benchmark injects into the page. Kept as plain JavaScript strings: tsx compiles functions with
// helpers (`__name`) that do not exist in the page, so serialised functions would break page.evaluate.
import type { Page } from "@playwright/test";

/**
 * Installed with addInitScript, so it runs before the app in every document: LCP, CLS (session windows, as
 * web-vitals counts them), Event Timing entries of interactions (durationThreshold 16, the smallest allowed),
 * and, from a MutationObserver, when the first chart SVG and the first KPI value entered the DOM, and when the
 * DOM last changed. performance.now() counts from navigation start.
 */
export const PROBE_SCRIPT = `(() => {
  if (window.__bench) return;
  const b = (window.__bench = { lcp: null, lcpElement: "", cls: 0, firstChart: null, firstKpi: null, lastMutation: 0, events: [], observing: true });
  const observe = (type, onEntry, extra) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe(Object.assign({ type, buffered: true }, extra)); } catch (e) {}
  };
  observe("largest-contentful-paint", (e) => {
    b.lcp = e.startTime;
    const el = e.element;
    b.lcpElement = el ? el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.split(" ").slice(0, 2).join(".") : "") + ' "' + (el.textContent || "").trim().slice(0, 40) + '"' : e.url;
  });
  let windowValue = 0, windowStart = 0, windowLast = -Infinity;
  observe("layout-shift", (e) => {
    if (e.hadRecentInput) return;
    if (e.startTime - windowLast > 1000 || e.startTime - windowStart > 5000) { windowValue = 0; windowStart = e.startTime; }
    windowValue += e.value; windowLast = e.startTime; b.cls = Math.max(b.cls, windowValue);
  });
  observe("event", (e) => {
    if (e.interactionId) b.events.push({ name: e.name, id: e.interactionId, start: e.startTime, duration: e.duration });
  }, { durationThreshold: 16 });
  const seen = () => {
    const now = performance.now();
    b.lastMutation = now;
    if (b.firstChart === null && document.querySelector("[data-chart]")) b.firstChart = now;
    if (b.firstKpi === null && document.querySelector("[data-kpi-value]")) b.firstKpi = now;
  };
  const mo = new MutationObserver(seen);
  mo.observe(document, { childList: true, subtree: true, characterData: true });
  // The grid runs switch this off, so the observer's own work is not in their frame times.
  window.__benchStopObserving = () => { mo.disconnect(); b.observing = false; };
})();`;

/**
 * Polls a JavaScript expression until it is truthy. Not page.waitForFunction: a string predicate is compiled in
 * the page with new Function, which the app's CSP (script-src 'self') forbids; plain evaluations are exempt.
 */
export async function pollUntil(
  page: Page,
  expression: string,
  { timeoutMs = 60_000, intervalMs = 50 } = {},
): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(expression);
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${expression.slice(0, 160)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** No skeleton or pending KPI on screen (they all carry role=status and an aria-label "Loading …"/"Drawing …"). */
const NOTHING_PENDING = `!document.querySelector('[role=status][aria-label^="Loading"], [role=status][aria-label^="Drawing"], [data-updating]')`;

/** Waits until the page shows data, nothing is pending and the DOM has been quiet for `quietMs`. */
export async function waitSettled(page: Page, { quietMs = 300, timeoutMs = 60_000, needChart = true } = {}) {
  await pollUntil(
    page,
    `window.__bench && ${NOTHING_PENDING} && ${needChart ? "window.__bench.firstChart !== null &&" : ""} window.__bench.firstKpi !== null && performance.now() - window.__bench.lastMutation > ${quietMs}`,
    { timeoutMs },
  );
}

/** What a filter change must alter: KPI tiles' and bar lists' text, the SVG charts' geometry. */
const SIGNATURE = `[...document.querySelectorAll("[data-kpi], [data-chart=bar-list] li, [data-chart] path, [data-chart] rect")]
  .map((e) => e.tagName === "LI" || e.hasAttribute("data-kpi") ? e.textContent : (e.getAttribute("d") || "") + (e.getAttribute("height") || ""))
  .join("|")`;

export async function rememberSignature(page: Page): Promise<number> {
  return page.evaluate(
    `(() => { window.__bench.signature = ${SIGNATURE}; window.__bench.events = []; return performance.now(); })()`,
  );
}

/** Resolves with the time of the last DOM change once the signature differs and everything has settled. */
export async function waitChanged(page: Page, { quietMs = 300, timeoutMs = 60_000 } = {}): Promise<number> {
  return (await pollUntil(
    page,
    `${NOTHING_PENDING} && performance.now() - window.__bench.lastMutation > ${quietMs} && (${SIGNATURE}) !== window.__bench.signature && window.__bench.lastMutation`,
    { timeoutMs },
  )) as number;
}

export interface InteractionTiming {
  /** Event Timing duration of the interaction (max over its events), or null when below the 16 ms threshold. */
  duration: number | null;
  /** When the input happened (event timeStamp), page clock. */
  start: number | null;
}

/** The first interaction that started after `since` (page clock), from the Event Timing entries collected. */
export async function interactionAfter(page: Page, since: number): Promise<InteractionTiming> {
  const events = (await page.evaluate("window.__bench.events")) as {
    id: number;
    start: number;
    duration: number;
  }[];
  const after = events.filter((e) => e.start >= since - 1);
  const first = after[0];
  if (!first) return { duration: null, start: null };
  const same = after.filter((e) => e.id === first.id);
  return { duration: Math.max(...same.map((e) => e.duration)), start: Math.min(...same.map((e) => e.start)) };
}

/** Where the first load's time went, in page-clock ms from navigation start (null: did not happen). */
export interface LoadChain {
  /** The HTML document's last byte. */
  document: number;
  /** The entry script's last byte (the module script in the document). */
  entry: number | null;
  configStart: number | null;
  configEnd: number | null;
  /** main.tsx's marks: configuration parsed, MSAL initialised (its cache read). */
  configParsed: number | null;
  msalReady: number | null;
  /** The first route's chunk (overview-page-*.js): asked for, arrived. */
  routeStart: number | null;
  routeEnd: number | null;
  /** The /pc requests: how many, the first asked for, the last answered. */
  apiCount: number;
  apiFirstStart: number | null;
  apiLastEnd: number | null;
  /** Per request, summed: waiting in the browser before being sent (queueing, stalls), and server time (TTFB). */
  apiQueuedMs: number;
  apiQueuedMaxMs: number;
  apiServerMedianMs: number | null;
  /** nextHopProtocol of the API requests (h2, http/1.1). */
  protocol: string;
}

/** The split of the first load, read from Resource Timing and the app's performance marks. */
export const CHAIN_SCRIPT = `(() => {
  const res = performance.getEntriesByType("resource");
  const path = (e) => new URL(e.name).pathname;
  const nav = performance.getEntriesByType("navigation")[0];
  const entrySrc = document.querySelector("script[type=module][src]")?.getAttribute("src");
  const entry = res.find((e) => entrySrc && path(e) === entrySrc);
  const config = res.find((e) => path(e) === "/config.json");
  const route = res.find((e) => path(e).includes("/overview-page-") && path(e).endsWith(".js"));
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const api = res.filter((e) => path(e).startsWith("/pc/"));
  const queued = api.map((e) => Math.max(0, (e.requestStart || e.startTime) - e.startTime));
  const server = api.map((e) => e.responseStart - e.requestStart).sort((a, b) => a - b);
  return {
    document: nav ? nav.responseEnd : 0,
    entry: entry ? entry.responseEnd : null,
    configStart: config ? config.startTime : null,
    configEnd: config ? config.responseEnd : null,
    configParsed: mark("app:config"),
    msalReady: mark("app:msal"),
    routeStart: route ? route.startTime : null,
    routeEnd: route ? route.responseEnd : null,
    apiCount: api.length,
    apiFirstStart: api.length ? Math.min(...api.map((e) => e.startTime)) : null,
    apiLastEnd: api.length ? Math.max(...api.map((e) => e.responseEnd)) : null,
    apiQueuedMs: queued.reduce((a, b) => a + b, 0),
    apiQueuedMaxMs: queued.length ? Math.max(...queued) : 0,
    apiServerMedianMs: server.length ? server[Math.floor(server.length / 2)] : null,
    protocol: [...new Set(api.map((e) => e.nextHopProtocol))].join(","),
  };
})()`;

export interface LoadProbe {
  chain: LoadChain;
  lcp: number | null;
  lcpElement: string;
  cls: number;
  firstChart: number | null;
  firstKpi: number | null;
  js: { files: string[]; transferKiB: number; encodedKiB: number; decodedKiB: number };
}

/** The load's numbers as the page saw them, plus the JavaScript it fetched (Resource Timing). */
export async function readLoadProbe(page: Page): Promise<LoadProbe> {
  const chain = (await page.evaluate(CHAIN_SCRIPT)) as LoadChain;
  const probe = (await page.evaluate(`(() => {
    const b = window.__bench;
    const js = performance.getEntriesByType("resource").filter((e) => new URL(e.name).pathname.endsWith(".js"));
    const kib = (key) => js.reduce((sum, e) => sum + e[key], 0) / 1024;
    return { lcp: b.lcp, lcpElement: b.lcpElement, cls: b.cls, firstChart: b.firstChart, firstKpi: b.firstKpi,
      js: { files: js.map((e) => new URL(e.name).pathname), transferKiB: kib("transferSize"), encodedKiB: kib("encodedBodySize"), decodedKiB: kib("decodedBodySize") } };
  })()`)) as Omit<LoadProbe, "chain">;
  return { ...probe, chain };
}
