import { defineConfig } from "@playwright/test";
import { CHROMIUM_FLAGS } from "./scripts/find-chromium.mjs";

// Real Chromium (Debian's, or CHROMIUM_PATH) against the real demo server: HTTPS, embedded identity provider,
// mock Partner Center API with fault injection on. The production build in dist/ is served.
// Overridable so two runs (or a run beside `npm start`) do not fight over ports.
// One "today" for the whole run: the servers' datasets (DEMO_TODAY) and the workers' expectations agree even when
// a run crosses midnight UTC, and DEMO_TODAY=2028-02-29 npm test runs the whole suite on that day.
process.env.DEMO_TODAY ||= new Date().toISOString().slice(0, 10);
// The demo dataset's size for the run (servers and workers' expectations alike): usage, the one large resource, at a
// quarter (250,000 rows: every shape the specs read, a quarter of the server's work per usage query); the other
// resources whole, since the paged-grid specs need more than one 10,000-row page of subscriptions and searches.
const E2E_SCALE = (process.env.E2E_SCALE ||= "usage/azure=0.25");
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8444);
export const GRID_PORT = Number(process.env.GRID_PORT ?? 8445);
const server = (port: number, scale: string) => ({
  command: "npx tsx server/main.ts",
  url: `https://localhost:${port}/healthz`,
  ignoreHTTPSErrors: true,
  reuseExistingServer: false,
  timeout: 120_000,
  env: { PORT: String(port), MOCK_FAULTS: "on", LOG: "off", DEMO_SCALE: scale, HOST: "localhost" },
});

export default defineConfig({
  testDir: "e2e/specs",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  // One retry: on this 2-core kind of machine a first load against a just-started server has shown a transient
  // net::ERR_TOO_MANY_RETRIES for a static asset (see the issue 9 note); a retried pass is reported as flaky.
  retries: 1,
  reporter: [["list"]],
  use: {
    baseURL: `https://localhost:${E2E_PORT}`,
    ignoreHTTPSErrors: true,
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_FLAGS },
  },
  webServer: [server(E2E_PORT, E2E_SCALE), server(GRID_PORT, "subscriptions=7")],
});
