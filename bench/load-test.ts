// Load on the app server's full API path (TLS, relay, token check, mock query), with the server in a child
// process so its resident memory can be read before and after.
import autocannon from "autocannon";
import { nextApiToken, signIn, type BrowserSession } from "./browser-session.ts";
import { httpsStatus, startChild } from "./demo-servers.ts";
import { runHeavyQueries } from "./heavy-queries.ts";
import { budget, metric, type Metric } from "./stats.ts";

export const LOAD_PATH =
  "/pc/partner/v1/analytics/usage/azure?groupby=meterCategory,usageDate&aggregationLevel=month";
const CONNECTIONS = 100;
// The dashboard's own API client gives up after 30 s (src/api/client.ts); a slower answer is an error to a user.
const TIMEOUT_S = 30;
const WARM_UP_REQUESTS = 3;
const WARM_UP_LOAD_S = 5;

export interface LoadReport {
  metrics: Metric[];
  statusCodes: Record<string, number>;
  requestsCompleted: number;
  serverPid: number;
}

/** Waits until the server has used almost no CPU for a second (at most a minute). */
async function drained(cpuSeconds: () => number) {
  const deadline = Date.now() + 60_000;
  let last = cpuSeconds();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = cpuSeconds();
    if (now - last < 0.05) return;
    last = now;
  }
}

export async function runLoadTest(
  session: BrowserSession,
  durationS: number,
  distinctQueries: number,
): Promise<LoadReport> {
  const server = await startChild("1");
  try {
    // A real token from a real sign-in on this server's identity provider; held in this closure only.
    const token = nextApiToken(session.page);
    await signIn(session.page, `${server.origin}/`);
    const authorization = await token;
    // The browser stays idle on a blank page while the two cores serve the load.
    await session.page.goto("about:blank");
    const url = `https://127.0.0.1:${server.port}${LOAD_PATH}`;
    // The first queries compile the engine's hot paths and fill its caches.
    for (let i = 0; i < WARM_UP_REQUESTS; i++) {
      const status = await httpsStatus(url, { authorization }, 60_000);
      if (status !== 200) throw new Error(`Warm-up request answered ${status}, not 200`);
    }
    // Then the same load for a short while: 100 connections in flight need their TLS, socket and heap room, which
    // V8 keeps once grown. Measured from an idle server that working set reads as 40 % "growth"; measured after
    // it, growth during the run is what a leak would show.
    await autocannon({
      url,
      connections: CONNECTIONS,
      duration: WARM_UP_LOAD_S,
      timeout: TIMEOUT_S,
      headers: { authorization },
    });
    await drained(server.cpuSeconds);
    const rssBefore = server.rssMb();
    const cpuBefore = server.cpuSeconds();
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: durationS,
      timeout: TIMEOUT_S,
      headers: { authorization },
    });
    const rssAtEnd = server.rssMb();
    // Node serves on one thread: near 100 % of a core means the server itself is the limit; far below, it was
    // waiting (or other processes had the CPUs).
    const cpuSeconds = server.cpuSeconds() - cpuBefore;
    // Up to 100 requests are still queued in the server when the client stops; memory they hold is not a leak.
    await drained(server.cpuSeconds);
    const rssAfter = server.rssMb();
    const heavy = await runHeavyQueries(server, authorization, distinctQueries);
    const group = `Load: ${CONNECTIONS} connections for ${durationS} s on ${LOAD_PATH.split("?")[0]} (group-by over 1M usage rows)`;
    const completed = result.requests.total;
    const one = (value: number) => [value];
    return {
      requestsCompleted: completed,
      serverPid: server.pid,
      statusCodes: Object.fromEntries(
        Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count]),
      ),
      metrics: [
        // Completions arrive in bursts (a queue behind one busy thread), so the median of 1-second samples can
        // be 0: the rate over the whole run is the honest number, the samples' range goes in the note.
        metric(
          {
            id: "loadtest.rps",
            group,
            label: "requests/s (completed ÷ duration)",
            unit: "req/s",
            note: `${completed} completed in ${result.duration} s; 1 s samples ${result.requests.min}…${result.requests.max}`,
          },
          one(completed / result.duration),
        ),
        metric(
          {
            id: "loadtest.latencyP50",
            group,
            label: "latency p50",
            unit: "ms",
            note: `over ${completed} requests`,
          },
          one(result.latency.p50),
        ),
        metric(
          {
            id: "loadtest.latencyP99",
            group,
            label: "latency p99",
            unit: "ms",
            note: `over ${completed} requests; max ${result.latency.max} ms`,
          },
          one(result.latency.p99),
        ),
        metric(
          {
            id: "loadtest.errors",
            group,
            label: "errors + timeouts (connection level)",
            unit: "count",
            budget: budget("max", 0, "brief: none allowed"),
          },
          one(result.errors + result.timeouts),
          0,
        ),
        metric(
          {
            id: "loadtest.non2xx",
            group,
            label: "non-2xx responses",
            unit: "count",
            budget: budget("max", 0, "brief: none allowed"),
          },
          one(result.non2xx),
          0,
        ),
        metric(
          {
            id: "loadtest.serverCpu",
            group,
            label: "server CPU use during the load (of one core)",
            unit: "%",
          },
          one((cpuSeconds / result.duration) * 100),
        ),
        metric(
          { id: "loadtest.cpuPerRequest", group, label: "server CPU time per completed request", unit: "ms" },
          one((cpuSeconds * 1000) / Math.max(1, completed)),
        ),
        metric(
          {
            id: "loadtest.rssBefore",
            group,
            label: "server RSS before (after a 5 s warm-up under the same load)",
            unit: "MB",
          },
          one(rssBefore),
        ),
        metric(
          { id: "loadtest.rssAtEnd", group, label: "server RSS when the load stopped", unit: "MB" },
          one(rssAtEnd),
        ),
        metric(
          { id: "loadtest.rssAfter", group, label: "server RSS after draining", unit: "MB" },
          one(rssAfter),
        ),
        metric(
          {
            id: "loadtest.rssGrowth",
            group,
            label: "server RSS growth, before → after draining",
            unit: "%",
            budget: budget("max", 10, "brief: growth beyond 10 % is flagged"),
          },
          one(((rssAfter - rssBefore) / rssBefore) * 100),
        ),
        ...heavy,
      ],
    };
  } finally {
    await server.close();
  }
}
