import { startInProcess } from "./demo-servers.ts";
import { openBrowser, signIn } from "./browser-session.ts";
import { runFilterChanges } from "./filter-change.ts";
const s = await startInProcess("1");
const b = await openBrowser();
try {
  await signIn(b.page, s.origin + "/");
  const t = Date.now();
  const r = await runFilterChanges(b, s.origin, Number(process.argv[2] ?? 2));
  for (const m of r.metrics) console.log(m.label, m.median, m.min, m.max, m.n, m.note ?? "");
  console.log(JSON.stringify(r.splits));
  console.log((Date.now() - t) / 1000, "s");
} finally { await b.close(); await s.close(); }
