import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const ctx = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
page.on("console", m => m.type() === "error" && console.log("console:", m.text().slice(0, 300)));
page.on("pageerror", e => console.log("pageerror:", e.message));
const base = "https://localhost:8443";
await page.goto(`${base}/`);
await page.getByRole("button", { name: "Sign in" }).click();
await page.getByLabel("Username").fill("alex");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForSelector("[data-kpi-value]");
for (const path of (process.argv[2] ?? "/subscriptions,/azure-usage,/referrals,/search,/resellers,/report").split(",")) {
  await page.goto(`${base}${path}`);
  await page.waitForTimeout(5000);
  const name = path.replace(/\W+/g, "_") || "root";
  await page.screenshot({ path: `/tmp/shot${name}.png`, fullPage: true });
  console.log("shot", name, await page.evaluate(() => document.getElementsByTagName("*").length));
}
if (process.argv[3]) { await page.emulateMedia({ media: "print" }); await page.pdf({ path: "/tmp/report.pdf", format: "A4" }); console.log("pdf"); }
await browser.close();
