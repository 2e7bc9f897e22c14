import { startInProcess } from "./demo-servers.ts";
import { openBrowser, signIn } from "./browser-session.ts";
import { runGridBench, gridPath } from "./grid-bench.ts";
const s = await startInProcess("subscriptions=7");
const b = await openBrowser();
try {
  await signIn(b.page, s.origin + gridPath());
  const t = Date.now();
  const r = await runGridBench(b, s.origin, { runs: Number(process.argv[2] ?? 2), exportRuns: 1, scrollFrames: 120 });
  for (const m of r.metrics) console.log(m.label, m.median, m.min, m.max, m.n, m.note ?? "", m.pass);
  console.log(JSON.stringify(r.splits, null, 1));
  console.log((Date.now() - t) / 1000, "s");
} finally { await b.close(); await s.close(); }
