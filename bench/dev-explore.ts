import { startInProcess } from "./demo-servers.ts";
import { openBrowser, signIn } from "./browser-session.ts";
import { waitSettled } from "./page-probes.ts";
const s = await startInProcess(process.argv[2] ?? "1");
const b = await openBrowser();
try {
  const path = process.argv[3] ?? "/";
  await signIn(b.page, s.origin + path);
  await waitSettled(b.page);
  console.log(await b.page.evaluate(`JSON.stringify({url: location.href, b: window.__bench, nodes: document.getElementsByTagName("*").length})`));
  const text = await b.page.locator("main").innerText();
  console.log(text.slice(0, 3000));
} finally { await b.close(); await s.close(); }
