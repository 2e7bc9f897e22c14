// Bundle sizes: gzip from the build manifest (scripts/check-size.mjs, the same numbers `npm test` gates on),
// and what the browser really fetched for the first page.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { LoadProbe } from "./page-probes.ts";
import { budget, metric, type Metric } from "./stats.ts";

interface BundleSizes {
  entryKiB: number;
  firstPageKiB: number;
  routes: Record<string, number>;
  largestRouteKiB: number;
}
interface CheckSize {
  measureBundles: () => BundleSizes;
  BUDGETS: { firstPageKiB: number; anyRouteKiB: number };
}

const group = "Bundle size (JavaScript)";

/** Imported only now: check-size.mjs reads dist/.vite/manifest.json as it loads, so after the build. */
export async function manifestSizes(): Promise<{ metrics: Metric[]; routes: Record<string, number> }> {
  const specifier = new URL("../scripts/check-size.mjs", import.meta.url).href;
  const { measureBundles, BUDGETS } = (await import(specifier)) as CheckSize;
  const sizes = measureBundles();
  const [largest] = Object.entries(sizes.routes).sort((a, b) => b[1] - a[1]);
  const source = "scripts/check-size.mjs BUDGETS (conventions.md B.2/B.7)";
  return {
    routes: Object.fromEntries(
      Object.entries(sizes.routes).map(([route, kib]) => [route, Math.round(kib * 10) / 10]),
    ),
    metrics: [
      metric({ id: "size.entry", group, label: "entry + its static imports, gzip", unit: "KiB" }, [
        sizes.entryKiB,
      ]),
      metric(
        {
          id: "size.firstPage",
          group,
          label: "first page: entry + overview route, gzip",
          unit: "KiB",
          budget: budget("max", BUDGETS.firstPageKiB, source),
        },
        [sizes.firstPageKiB],
      ),
      metric(
        {
          id: "size.largestRoute",
          group,
          label: `largest route + its charts, gzip (${largest?.[0].split("/")[0] ?? "none"})`,
          unit: "KiB",
          budget: budget("max", BUDGETS.anyRouteKiB, source),
        },
        [sizes.largestRouteKiB],
      ),
    ],
  };
}

/** The first page's JavaScript as fetched: bytes on the wire, and gzip -9 of those same files for comparison. */
export function transferredSizes(js: LoadProbe["js"], distDir = process.env.DIST_DIR ?? "dist"): Metric[] {
  const gzipKiB =
    js.files.reduce(
      (sum, path) => sum + gzipSync(readFileSync(`${distDir}${path}`), { level: 9 }).length,
      0,
    ) / 1024;
  const compressed = js.encodedKiB < js.decodedKiB * 0.9;
  return [
    metric(
      {
        id: "size.firstPageWire",
        group,
        label: `first page as fetched: ${js.files.length} .js files, on the wire`,
        unit: "KiB",
        note: compressed
          ? "served compressed"
          : "served without Content-Encoding: the wire carries the raw bytes",
      },
      [js.transferKiB],
    ),
    metric(
      {
        id: "size.firstPageLoadedGzip",
        group,
        label: "the same files, gzip -9 (incl. lazy chart chunks)",
        unit: "KiB",
      },
      [gzipKiB],
    ),
  ];
}
