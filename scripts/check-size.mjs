// Bundle size budgets (gzip), checked on every test run: sizes are stable, unlike timings.
// First page = the entry chunk plus everything it imports statically, plus the overview route's chunks.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

export const BUDGETS = { firstPageKiB: 200, anyRouteKiB: 350 };
const manifest = JSON.parse(readFileSync("dist/.vite/manifest.json", "utf8"));
const gz = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length / 1024;

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}
const jsOf = (keys) => [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith(".js"));
const sum = (files) => [...new Set(files)].reduce((total, f) => total + gz(f), 0);

export function measureBundles() {
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith("index.html"));
  const entry = closure(entryKey);
  // The pages: what the entry loads lazily (each route's chunk), whatever its file is called.
  const routes = manifest[entryKey].dynamicImports ?? [];
  // A route's full weight: its static closure plus every chunk it loads lazily (its charts), but not other pages.
  const withLazy = (k) => {
    const keys = closure(k, new Set(entry));
    for (const key of [...keys])
      for (const dyn of manifest[key]?.dynamicImports ?? []) if (!routes.includes(dyn)) closure(dyn, keys);
    return keys;
  };
  const routeSizes = Object.fromEntries(
    routes.map((k) => [k.replace(/^src\/(features|app)\//, ""), sum(jsOf(withLazy(k)))]),
  );
  const overviewKey = routes.find((k) => k.includes("overview/"));
  const entryOnly = sum(jsOf(entry));
  // The first page before its charts arrive: entry plus the overview route's static chunks.
  const firstPage = overviewKey ? sum(jsOf(closure(overviewKey, new Set(entry)))) : entryOnly;
  return {
    entryKiB: entryOnly,
    firstPageKiB: firstPage,
    routes: routeSizes,
    largestRouteKiB: Math.max(0, ...Object.values(routeSizes)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const m = measureBundles();
  console.log(
    `entry ${m.entryKiB.toFixed(1)} KiB, first page (entry + overview route, charts load after) ${m.firstPageKiB.toFixed(1)} KiB gzip`,
  );
  for (const [route, size] of Object.entries(m.routes))
    console.log(`  route ${route}: ${size.toFixed(1)} KiB gzip with its charts`);
  const failures = [];
  if (m.firstPageKiB > BUDGETS.firstPageKiB)
    failures.push(`first page ${m.firstPageKiB.toFixed(1)} KiB > ${BUDGETS.firstPageKiB} KiB`);
  if (m.largestRouteKiB > BUDGETS.anyRouteKiB)
    failures.push(`largest route ${m.largestRouteKiB.toFixed(1)} KiB > ${BUDGETS.anyRouteKiB} KiB`);
  if (failures.length) {
    console.error(`Size budget exceeded: ${failures.join("; ")}`);
    process.exit(1);
  }
}
