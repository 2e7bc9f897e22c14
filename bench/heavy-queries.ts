// One user's heaviest queries against a demo server in a child process (issue 18): the health check while the
// heaviest allowed group-by runs, memory after many distinct large grouped answers, and the refused group-by.
import { httpsStatus, type ChildServer } from "./demo-servers.ts";
import { budget, metric, percentile, type Metric } from "./stats.ts";

const USAGE = "/pc/partner/v1/analytics/usage/azure";
/** About 98,000 groups over the million usage rows at scale 1: just under the engine's 100,000 (MAX_GROUPS). */
const HEAVIEST = "groupby=customerName,meterSubcategory,usageDate&aggregationLevel=week&top=10000";
const EVERY_FIELD =
  "groupby=customerTenantId,customerName,subscriptionId,subscriptionName,usageDate,resourceLocation," +
  "meterCategory,meterSubcategory,meterUnit,reservationOrderId,reservationId,consumptionMeterId,serviceType";

const timed = async (run: () => Promise<number>) => {
  const started = performance.now();
  const status = await run();
  return { status, ms: performance.now() - started };
};

/** Health-check latencies sampled back to back while `work` runs. */
async function healthDuring(server: ChildServer, work: Promise<unknown>) {
  const samples: number[] = [];
  let done = false;
  void work.finally(() => (done = true));
  while (!done) {
    const { status, ms } = await timed(() => httpsStatus(`${server.origin}/healthz`, {}, 30_000));
    if (status !== 200) throw new Error(`/healthz answered ${status} during a heavy query`);
    samples.push(ms);
  }
  await work;
  return samples;
}

export async function runHeavyQueries(
  server: ChildServer,
  authorization: string,
  distinct: number,
): Promise<Metric[]> {
  const group = "One user's heaviest queries (usage at scale 1, server in a child process)";
  const get = (search: string, timeout = 120_000) =>
    timed(() =>
      httpsStatus(`https://127.0.0.1:${server.port}${USAGE}?${search}`, { authorization }, timeout),
    );
  const heaviest: number[] = [];
  const health: number[] = [];
  // Each run a new key (top differs), so the answer is computed, not read from the cache.
  for (let run = 0; run < 3; run++) {
    const query = get(HEAVIEST.replace("top=10000", `top=${10_000 - run}`));
    health.push(...(await healthDuring(server, query)));
    const { status, ms } = await query;
    if (status !== 200) throw new Error(`The heaviest allowed query answered ${status}`);
    heaviest.push(ms);
  }
  const refused = await get(EVERY_FIELD);
  const rssBefore = server.rssMb();
  // Distinct large grouped answers (about 41,500 groups each, 10,000 rows a page): the cache keeps them by bytes.
  for (let i = 0; i < distinct; i++) {
    const { status } = await get(
      `groupby=subscriptionId,usageDate&aggregationLevel=week&top=10000&skip=${i}`,
    );
    if (status !== 200) throw new Error(`Large grouped query ${i} answered ${status}`);
  }
  const rssAfter = server.rssMb();
  const alive = await httpsStatus(`${server.origin}/healthz`);
  return [
    metric(
      { id: "heavy.query", group, label: "heaviest allowed group-by (~98,000 groups)", unit: "ms" },
      heaviest,
    ),
    metric(
      {
        id: "heavy.healthP99",
        group,
        label: "/healthz during it, p99",
        unit: "ms",
        // Back-to-back checks on a shared 2-core machine: the p99 is the reading; the slowest one is in the note.
        note: `${health.length} checks over ${heaviest.length} queries; median ${percentile(health, 50).toFixed(1)} ms, slowest ${Math.max(...health).toFixed(0)} ms`,
        budget: budget("max", 100, "issue 18: within 100 ms during the heaviest allowed query"),
      },
      [percentile(health, 99)],
    ),
    metric(
      {
        id: "heavy.refused",
        group,
        label: "group-by over every field: refused (400) after",
        unit: "ms",
        note: `status ${refused.status} (NaN when not 400)`,
      },
      [refused.status === 400 ? refused.ms : Number.NaN],
    ),
    metric(
      {
        id: "heavy.rssAfterDistinct",
        group,
        label: `server RSS after ${distinct} distinct large grouped queries`,
        unit: "MB",
        note: `${Math.round(rssBefore)} MB before; /healthz after: ${alive}`,
        budget: budget("max", 1536, "issue 18: under 1.5 GB resident"),
      },
      [alive === 200 ? rssAfter : Number.NaN],
    ),
  ];
}
