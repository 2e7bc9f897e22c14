import { openBrowser } from "./browser-session.ts";
import { runLoadTest } from "./load-test.ts";
const b = await openBrowser();
try {
  const r = await runLoadTest(b, Number(process.argv[2] ?? 5));
  for (const m of r.metrics) console.log(m.label, m.median, m.min, m.max, m.n, m.note ?? "", m.pass);
  console.log(r.statusCodes, r.requestsCompleted);
} finally { await b.close(); }
