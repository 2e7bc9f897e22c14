// `npm run report -- --month 2026-10 --out report.pdf [--format A4|Letter] [--market US,DE] [--user name]`
// Renders the monthly report in headless Chromium and saves it as PDF, without a person: it starts the demo
// server in this process, signs in on the embedded identity provider and prints /report.
import { createServer } from "node:net";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { readConfig } from "../server/config.ts";
import { startServer } from "../server/start-server.ts";
import { CHROMIUM_FLAGS, findChromium } from "./find-chromium.mjs";
import { printReport } from "./print-report.ts";

const { values } = parseArgs({
  options: {
    month: { type: "string" },
    out: { type: "string", default: "report.pdf" },
    format: { type: "string", default: "A4" },
    market: { type: "string" },
    user: { type: "string", default: "report" },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
if (values.month && !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month))
  fail(`--month must be YYYY-MM, got "${values.month}".`);
if (values.format !== "A4" && values.format !== "Letter")
  fail(`--format must be A4 or Letter, got "${values.format}".`);
const chromiumPath =
  findChromium() ?? fail("No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.");

const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port: free } = probe.address() as { port: number };
    probe.close(() => resolve(free));
  });
});
const { app } = await startServer(
  readConfig({ ...process.env, PORT: String(port), HOST: "localhost", LOG: "off" }),
);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: CHROMIUM_FLAGS,
});
try {
  const search = new URLSearchParams({
    ...(values.month ? { month: values.month } : {}),
    ...(values.market ? { customerMarket: values.market } : {}),
  });
  const pages = await printReport(browser, {
    url: `https://localhost:${port}/report?${search}`,
    user: values.user,
    out: values.out,
    format: values.format,
  });
  console.log(`Wrote ${values.out} (${values.format}, ${pages} pages).`);
} finally {
  await browser.close();
  await app.close();
}
