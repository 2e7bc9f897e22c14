// npm run bench [-- --quick] [-- --no-build] [-- --only=load,grid]: sizes, cold loads, a filter change, a 100k-row grid, the mock
// engine and a load test, against the demo server and the production build, in headless Chromium.
// Prints a table and writes bench/results.json. Budgets are reported, never enforced: the exit code is 1 only
// when a part of the benchmark could not run.
import { loadavg } from "node:os";
import { openBrowser, signIn, type BrowserSession } from "./browser-session.ts";
import { FIRST_PAGE, runColdLoads } from "./cold-load.ts";
import { startInProcess, type DemoServer } from "./demo-servers.ts";
import { ensureBuild } from "./dist-build.ts";
import { runEngineBench } from "./engine-bench.ts";
import { runFilterChanges } from "./filter-change.ts";
import { gridPath, runGridBench } from "./grid-bench.ts";
import { runLoadTest } from "./load-test.ts";
import { machineInfo, renderTable, writeResults, type Results } from "./report.ts";
import { manifestSizes, transferredSizes } from "./sizes.ts";
import { budget, summarised, type Metric } from "./stats.ts";

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
// --only=load,filter,grid,engine,loadtest,size: a subset while working on one part (never for the numbers reported).
const only = [...args]
  .find((a) => a.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const wanted = (name: string) => !only || only.includes(name);
// Full: medians of 5 (Lighthouse's advice, conventions.md B.6); quick: enough to prove every part still runs.
const plan = quick
  ? { runs: 2, exportRuns: 1, scrollFrames: 90, loadSeconds: 5, distinctQueries: 20 }
  : { runs: 5, exportRuns: 5, scrollFrames: 180, loadSeconds: 30, distinctQueries: 200 };

const started = performance.now();
const loadAtStart = loadavg()[0] ?? 0;
const metrics: Metric[] = [];
const details: Record<string, unknown> = { plan };
const errors: string[] = [];
let chromium = "unknown";

/** Runs one part; a failure is recorded and the rest still runs. */
async function part(name: string, work: () => Promise<void>, key?: string) {
  if (key && !wanted(key)) return;
  const t = performance.now();
  console.log(`· ${name}…`);
  try {
    await work();
    console.log(`  done in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  } catch (error) {
    console.log(`  failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    errors.push(
      `${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`.slice(0, 2000),
    );
  }
}

async function engine() {
  const e = await runEngineBench();
  const group = "Mock engine (bench/engine-bench.ts, in this process, before any server starts)";
  const source = "bench/engine-bench.ts targets";
  // engine-bench.ts times 3 generations and 9 runs of each query after 2 warm-ups.
  metrics.push(
    summarised({
      id: "engine.generate",
      group,
      label: "dataset generation, scale 1",
      unit: "ms",
      median: e.generateScale1MedianMs!,
      min: e.generateScale1MinMs!,
      max: e.generateScale1MaxMs!,
      n: 3,
      budget: budget("max", 3000, source),
    }),
    summarised({
      id: "engine.usageGroupBy",
      group,
      label: `usage group-by over ${e.usageRows!.toLocaleString("en-US")} rows`,
      unit: "ms",
      median: e.usageGroupByMedianMs!,
      min: e.usageGroupByMinMs!,
      max: e.usageGroupByMaxMs!,
      n: 9,
      budget: budget("max", 200, source),
    }),
    summarised({
      id: "engine.subscriptionsFilter",
      group,
      label: "subscriptions filter + orderby + top",
      unit: "ms",
      median: e.subscriptionsFilterMedianMs!,
      min: e.subscriptionsFilterMinMs!,
      max: e.subscriptionsFilterMaxMs!,
      n: 9,
    }),
    summarised({
      id: "engine.rss",
      group,
      label: "resident memory with one dataset",
      unit: "MB",
      median: e.rssAfterGenerateMb!,
      min: e.rssAfterGenerateMb!,
      max: e.rssAfterGenerateMb!,
      n: 1,
      budget: budget("below", 600, source),
    }),
  );
}

async function withServer(scale: string, work: (server: DemoServer) => Promise<void>) {
  const server = await startInProcess(scale);
  try {
    await work(server);
  } finally {
    await server.close();
  }
}

async function browserParts(session: BrowserSession) {
  await part(
    "cold loads and filter changes (demo server, scale 1)",
    () =>
      withServer("1", async (server) => {
        // Signed in once; every cold load then reuses this tab, whose sessionStorage holds the tokens.
        await signIn(session.page, server.origin + FIRST_PAGE);
        const cold = await runColdLoads(session, server.origin, plan.runs);
        metrics.push(...cold.metrics);
        if (cold.firstPageJs) metrics.push(...transferredSizes(cold.firstPageJs));
        Object.assign(details, {
          firstPageJs: cold.firstPageJs,
          lcpElements: cold.lcpElements,
          throttleCheck: cold.throttleCheck,
        });
        if (!wanted("filter")) return;
        const filters = await runFilterChanges(session, server.origin, plan.runs);
        metrics.push(...filters.metrics);
        details.filterChangeSplits = filters.splits;
      }),
    "load",
  );
  await part(
    "grid with 100k rows (demo server, DEMO_SCALE=subscriptions=7)",
    () =>
      withServer("subscriptions=7", async (server) => {
        await signIn(session.page, server.origin + gridPath());
        const grid = await runGridBench(session, server.origin, plan);
        metrics.push(...grid.metrics);
        Object.assign(details, { gridRows: grid.rows, gridNodes: grid.gridNodes, gridSplits: grid.splits });
      }),
    "grid",
  );
  await part(
    `load test (${plan.loadSeconds} s, server in a child process)`,
    async () => {
      const load = await runLoadTest(session, plan.loadSeconds, plan.distinctQueries);
      metrics.push(...load.metrics);
      details.loadStatusCodes = load.statusCodes;
    },
    "loadtest",
  );
}

let build: Results["build"] = null;
try {
  build = ensureBuild({ skip: args.has("--no-build") });
} catch (error) {
  errors.push(`build: ${error instanceof Error ? error.message : String(error)}`);
}
if (build) {
  await part(
    "bundle sizes",
    async () => {
      const sizes = await manifestSizes();
      metrics.push(...sizes.metrics);
      details.routeSizesKiB = sizes.routes;
    },
    "size",
  );
  await part("mock engine", engine, "engine");
  let session: BrowserSession | null = null;
  try {
    session = await openBrowser();
    chromium = session.version;
    await browserParts(session);
  } catch (error) {
    errors.push(`browser: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await session?.close();
  }
}

// Groups in a fixed order (sizes, cold load, filter, grid, engine, load test), whatever order the parts ran in.
const ORDER = ["size", "load", "filter", "grid", "engine", "loadtest", "heavy"];
const rank = (id: string) => ORDER.indexOf(id.split(".")[0]!);
const sorted = metrics
  .map((m, i) => ({ m, i }))
  .sort((a, b) => rank(a.m.id) - rank(b.m.id) || a.i - b.i)
  .map(({ m }) => m);

const results: Results = {
  date: new Date().toISOString(),
  mode: quick ? "quick" : "full",
  durationS: (performance.now() - started) / 1000,
  machine: machineInfo(chromium, loadAtStart),
  build,
  metrics: sorted,
  details,
  errors,
};
writeResults(results);
console.log(`\n${renderTable(results)}\n\nWrote bench/results.json`);
process.exit(errors.length ? 1 : 0);
