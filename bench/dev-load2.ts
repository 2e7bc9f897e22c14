import autocannon from "autocannon";
import { readFileSync } from "node:fs";
import { openBrowser, nextApiToken, signIn } from "./browser-session.ts";
import { startChild } from "./demo-servers.ts";
import { LOAD_PATH } from "./load-test.ts";
const b = await openBrowser();
const server = await startChild("1");
const cpu = () => { const f = readFileSync(`/proc/${server.pid}/stat`, "utf8").split(") ")[1]!.split(" "); return (Number(f[11]) + Number(f[12])) / 100; };
try {
  const token = nextApiToken(b.page);
  await signIn(b.page, `${server.origin}/`);
  const authorization = await token;
  await b.page.goto("about:blank");
  const paths = process.argv.slice(2);
  for (const spec of paths) {
    const [conns, path] = spec.split("@");
    const c0 = cpu(); const r0 = server.rssMb();
    const r = await autocannon({ url: `https://127.0.0.1:${server.port}${path ?? LOAD_PATH}`, connections: Number(conns), duration: 8, timeout: 30, headers: { authorization } });
    console.log(spec, "rps", r.requests.average, "p50", r.latency.p50, "p99", r.latency.p99, "err", r.errors, r.timeouts, "non2xx", r.non2xx, "cpu s", (cpu() - c0).toFixed(1), "rss", r0.toFixed(0), "->", server.rssMb().toFixed(0), "bytes/req", Math.round(r.throughput.total / Math.max(1, r.requests.total)));
  }
} finally { await server.close(); await b.close(); }
