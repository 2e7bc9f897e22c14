import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { readConfig } from "../server/config.ts";
import { startServer } from "../server/start-server.ts";
import { runQuery } from "../mock/engine/run-query.ts";
import { openBrowser, nextApiToken, signIn } from "./browser-session.ts";
import { LOAD_PATH } from "./load-test.ts";
const config = readConfig({ PORT: "8478", LOG: "off", MOCK_FAULTS: "off" });
const { app, mock } = await startServer(config);
const b = await openBrowser();
const get = (url: string, authorization: string) => new Promise<number>((resolve, reject) => {
  const t = performance.now();
  const req = (url.startsWith("https") ? httpsRequest : httpRequest)(url, { headers: { authorization }, rejectUnauthorized: false, agent: false } as never, (res) => { res.resume(); res.on("end", () => resolve(performance.now() - t)); });
  req.on("error", reject); req.end();
});
try {
  const token = nextApiToken(b.page);
  await signIn(b.page, `${config.publicOrigin}/`);
  const authorization = await token;
  await b.page.goto("about:blank");
  const q = LOAD_PATH.split("?")[1]!;
  const times = (label: string, xs: number[]) => console.log(label, xs.map((x) => x.toFixed(0)).join(" "));
  const direct: number[] = []; for (let i = 0; i < 6; i++) { const t = performance.now(); runQuery(mock!.dataset, "usage/azure", new URLSearchParams(q)); direct.push(performance.now() - t); }
  times("runQuery", direct);
  const m: number[] = []; for (let i = 0; i < 6; i++) m.push(await get(`${mock!.url}/partner/v1/analytics/usage/azure?${q}`, authorization));
  times("mock http", m);
  const r: number[] = []; for (let i = 0; i < 6; i++) r.push(await get(`https://127.0.0.1:8478${LOAD_PATH}`, authorization));
  times("relay https", r);
} finally { await b.close(); await app.close(); }
