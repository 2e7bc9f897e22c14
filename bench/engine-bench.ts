// Benchmarks of the embedded mock's dataset generator and query engine (run: npx tsx bench/engine-bench.ts).
// Targets on the 2-core build machine: generation at scale 1 ≤ 3 s, the usage group-by ≤ 200 ms,
// resident memory well under 600 MB.
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { generateDataset, type Dataset } from "../mock/dataset/generate-dataset.ts";
import { runQuery } from "../mock/engine/run-query.ts";
import type { ResourceName } from "../mock/engine/resources.ts";

const DAY_MS = 86_400_000;

function elapsed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** median / min / max of the samples, keyed `${name}MedianMs` etc. */
function summarise(name: string, samples: number[]): Record<string, number> {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    [`${name}MedianMs`]: round(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN),
    [`${name}MinMs`]: round(sorted[0] ?? Number.NaN),
    [`${name}MaxMs`]: round(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

function timeQuery(
  dataset: Dataset,
  resource: ResourceName,
  params: string,
  runs = 9,
  warmUps = 2,
): number[] {
  const query = () => runQuery(dataset, resource, new URLSearchParams(params));
  for (let i = 0; i < warmUps; i++) query();
  return Array.from({ length: runs }, () => elapsed(query));
}

export async function runEngineBench(): Promise<Record<string, number>> {
  const today = new Date();
  let dataset: Dataset = generateDataset({ today });
  // Resident memory with one dataset alive, as in the demo server (gc() exists only with --expose-gc).
  await yieldToEventLoop();
  (globalThis as { gc?: () => void }).gc?.();
  const rssAfterGenerateMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  const generation = Array.from({ length: 3 }, () =>
    elapsed(() => {
      dataset = generateDataset({ today });
    }),
  );
  await yieldToEventLoop();

  const usage = timeQuery(dataset, "usage/azure", "groupby=meterCategory,usageDate&aggregationLevel=month");
  await yieldToEventLoop();
  const renewalsDue = new Date(dataset.today.getTime() + 90 * DAY_MS).toISOString().slice(0, 10);
  const subscriptions = timeQuery(
    dataset,
    "subscriptions",
    `filter=status eq 'ACTIVE' and autoRenewEnabled eq false and commitmentEndDate le cast('${renewalsDue}', Edm.DateTimeOffset)` +
      "&orderby=commitmentEndDate asc&top=100",
  );
  return {
    ...summarise("generateScale1", generation),
    ...summarise("usageGroupBy", usage),
    ...summarise("subscriptionsFilter", subscriptions),
    rssAfterGenerateMb,
    usageRows: dataset.tables["usage/azure"].length,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await runEngineBench();
  for (const [name, value] of Object.entries(results)) console.log(`${name.padEnd(28)} ${value}`);
}
