import { startInProcess } from "./demo-servers.ts";
import { openBrowser, signIn } from "./browser-session.ts";
import { gridPath } from "./grid-bench.ts";
import { pollUntil, waitSettled } from "./page-probes.ts";
const s = await startInProcess("subscriptions=7");
const b = await openBrowser();
const top = (profile: any, label: string) => {
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const dt = profile.timeDeltas as number[];
  profile.samples.forEach((id: number, i: number) => {
    const n: any = byId.get(id); const f = n.callFrame;
    const key = `${f.functionName || "(anon)"} ${f.url.split("/").pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  console.log("==", label);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k);
};
try {
  const { page, cdp } = b;
  await signIn(page, s.origin + gridPath());
  await waitSettled(page, { quietMs: 500 });
  const button = page.getByRole("button", { name: /^Load (the first )?[\d,]+ rows$/ });
  await button.click();
  await pollUntil(page, `!document.querySelector('progress[aria-label="Rows loaded"]') && document.querySelector('[role=grid]')`, { timeoutMs: 120000 });
  await page.evaluate("window.__benchStopObserving()");
  await page.waitForTimeout(1000);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  for (const col of ["Customer", "Licences", "Customer"]) {
    await cdp.send("Profiler.start");
    await page.getByRole("columnheader", { name: col, exact: true }).getByRole("button").click();
    await page.waitForTimeout(1000);
    top((await cdp.send("Profiler.stop")).profile, "sort " + col);
  }
  await cdp.send("Profiler.start");
  await page.evaluate(`new Promise((r) => { const g = document.querySelector('[role=grid]'); const end = g.scrollHeight - g.clientHeight; let f = 0; const step = () => { if (f > 90) return r(); g.scrollTop = end * f / 90; f++; requestAnimationFrame(step); }; requestAnimationFrame(step); })`);
  top((await cdp.send("Profiler.stop")).profile, "scroll");
} finally { await b.close(); await s.close(); }
