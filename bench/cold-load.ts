// Cold loads of the first page, signed in, at normal CPU and at 4x throttling, each against a blank-page floor
// served by the same server in the same run.
import { clearHttpCache, measureLoopMs, setCpuRate, type BrowserSession } from "./browser-session.ts";
import { pollUntil, readLoadProbe, waitSettled, type LoadChain, type LoadProbe } from "./page-probes.ts";
import { budget, metric, type Metric } from "./stats.ts";

/**
 * The floor: redirect.html is the smallest HTML the server sends (no-store, same headers and CSP as the app):
 * one line of text plus MSAL's redirect bridge script, which finds no auth response and stops.
 */
export const FLOOR_PATH = "/redirect.html";
export const FIRST_PAGE = "/";

export interface ColdLoadReport {
  metrics: Metric[];
  /** Resource Timing of the first page's JavaScript, from the first unthrottled run. */
  firstPageJs: LoadProbe["js"] | null;
  lcpElements: string[];
  throttleCheck: Record<string, number>;
}

/**
 * One cold load in the signed-in tab: away to about:blank, HTTP cache emptied, then the URL. A new page or
 * context would lose MSAL's sessionStorage and measure the sign-in redirect instead of the app.
 */
async function coldLoad(
  session: BrowserSession,
  url: string,
  rate: number,
  app: boolean,
): Promise<LoadProbe> {
  const { page, cdp } = session;
  await page.goto("about:blank");
  await clearHttpCache(cdp);
  // Set on every run: the navigation may move the tab to a new renderer process.
  await setCpuRate(cdp, rate);
  await page.goto(url, { waitUntil: "commit" });
  // Layout shifts after the data arrives count too: wait until the DOM has been quiet for a while.
  if (app) await waitSettled(page, { quietMs: 750, timeoutMs: 90_000 });
  else
    await pollUntil(
      page,
      `document.readyState === "complete" && window.__bench && window.__bench.lcp !== null && performance.now() - window.__bench.lastMutation > 300`,
    );
  return readLoadProbe(page);
}

export async function runColdLoads(
  session: BrowserSession,
  origin: string,
  runs: number,
): Promise<ColdLoadReport> {
  const metrics: Metric[] = [];
  const lcpElements = new Set<string>();
  const throttleCheck: Record<string, number> = {};
  let firstPageJs: LoadProbe["js"] | null = null;
  for (const rate of [1, 4]) {
    const apps: LoadProbe[] = [];
    const floors: LoadProbe[] = [];
    // Interleaved, so drift on the shared machine hits the app and its floor alike.
    for (let i = 0; i < runs; i++) {
      floors.push(await coldLoad(session, origin + FLOOR_PATH, rate, false));
      const probe = await coldLoad(session, origin + FIRST_PAGE, rate, true);
      apps.push(probe);
      lcpElements.add(`${rate}x: ${probe.lcpElement}`);
      if (rate === 1 && !firstPageJs) firstPageJs = probe.js;
    }
    metrics.push(...chainMetrics(apps, rate));
    throttleCheck[`loopMsAt${rate}x`] = Math.round(await measureLoopMs(session.page));
    await setCpuRate(session.cdp, 1);
    const tag = `cpu${rate}x`;
    const group = `Cold load of / (signed in, empty HTTP cache), CPU ${rate}x; ratios per floor/app pair`;
    const ms = (probes: LoadProbe[], pick: (p: LoadProbe) => number | null) =>
      probes.map((p) => pick(p) ?? Number.NaN);
    metrics.push(
      metric(
        {
          id: `load.lcp.${tag}`,
          group,
          label: "LCP",
          unit: "ms",
          budget: rate === 1 ? budget("max", 1500, "conventions.md B.7 (desktop preset)") : null,
        },
        ms(apps, (p) => p.lcp),
      ),
      metric(
        { id: `load.firstKpi.${tag}`, group, label: "first KPI value in DOM", unit: "ms" },
        ms(apps, (p) => p.firstKpi),
      ),
      metric(
        { id: `load.firstChart.${tag}`, group, label: "first chart SVG in DOM", unit: "ms" },
        ms(apps, (p) => p.firstChart),
      ),
      metric(
        {
          id: `load.cls.${tag}`,
          group,
          label: "CLS",
          unit: "score",
          budget: budget("max", 0.05, "conventions.md B.7"),
        },
        apps.map((p) => p.cls),
      ),
      metric(
        { id: `load.floorLcp.${tag}`, group, label: `floor: LCP of ${FLOOR_PATH}`, unit: "ms" },
        ms(floors, (p) => p.lcp),
      ),
      metric(
        {
          id: `load.lcpOverFloor.${tag}`,
          group,
          label: "LCP ÷ floor LCP",
          unit: "ratio",
          note: "how much of the load is the app rather than the connection and the browser",
          budget: rate === 1 ? budget("max", 4, "issue 18") : null,
        },
        apps.map((p, i) => (p.lcp ?? Number.NaN) / (floors[i]?.lcp ?? Number.NaN)),
        2,
      ),
      metric(
        {
          id: `load.chartOverFloor.${tag}`,
          group,
          label: "first chart ÷ floor LCP",
          unit: "ratio",
          budget: rate === 1 ? budget("max", 5, "issue 18 (stretch 3×)") : null,
        },
        apps.map((p, i) => (p.firstChart ?? Number.NaN) / (floors[i]?.lcp ?? Number.NaN)),
        2,
      ),
    );
  }
  throttleCheck.observedFactor =
    Math.round((throttleCheck.loopMsAt4x! / throttleCheck.loopMsAt1x!) * 10) / 10;
  return { metrics, firstPageJs, lcpElements: [...lcpElements], throttleCheck };
}

/** Where the time to the first chart goes, step by step along the chain (issue 18), as medians over the runs. */
function chainMetrics(apps: readonly LoadProbe[], rate: number): Metric[] {
  const group = `Cold load of /, CPU ${rate}x: the chain to the first chart (ms from navigation start, medians)`;
  const protocols = [...new Set(apps.map((p) => p.chain.protocol))].join(", ");
  const steps: [string, string, (c: LoadChain, p: LoadProbe) => number | null, Metric["unit"]?][] = [
    ["document", "HTML document received", (c) => c.document],
    ["entry", "entry script received", (c) => c.entry],
    ["configStart", "/config.json asked for", (c) => c.configStart],
    ["configEnd", "/config.json received", (c) => c.configEnd],
    ["msal", "MSAL initialised (cache read)", (c) => c.msalReady],
    ["routeStart", "overview code asked for", (c) => c.routeStart],
    ["routeEnd", "overview code received", (c) => c.routeEnd],
    ["apiFirst", "first API request asked for", (c) => c.apiFirstStart],
    ["apiLast", "last API answer received", (c) => c.apiLastEnd],
    ["chart", "first chart SVG in DOM", (_c, p) => p.firstChart],
    [
      "render",
      "render: first chart − last API answer",
      (c, p) => (p.firstChart ?? NaN) - (c.apiLastEnd ?? NaN),
    ],
    ["apiCount", `API requests (${protocols})`, (c) => c.apiCount, "count"],
    ["apiQueued", "API: time queued in the browser, all requests", (c) => c.apiQueuedMs],
    ["apiQueuedMax", "API: longest wait in the queue", (c) => c.apiQueuedMaxMs],
    ["apiServer", "API: server time (TTFB) of the median request", (c) => c.apiServerMedianMs],
  ];
  return steps.map(([id, label, pick, unit = "ms"]) =>
    metric(
      { id: `load.chain.${id}.cpu${rate}x`, group, label, unit },
      apps.map((p) => pick(p.chain, p) ?? Number.NaN),
    ),
  );
}
