import { startInProcess } from "./demo-servers.ts";
import { openBrowser, signIn } from "./browser-session.ts";
import { runColdLoads } from "./cold-load.ts";
const s = await startInProcess("1");
const b = await openBrowser();
try {
  await signIn(b.page, s.origin + "/");
  const t = Date.now();
  const r = await runColdLoads(b, s.origin, Number(process.argv[2] ?? 2));
  console.log(JSON.stringify(r, null, 1), (Date.now() - t) / 1000, "s");
} finally { await b.close(); await s.close(); }
