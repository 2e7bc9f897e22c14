// `npm test`: every check a change must pass, in the order that fails fastest.
import { spawnSync } from "node:child_process";
import { ensureChromium, ensurePdftoppm } from "./find-chromium.mjs";

const chromium = ensureChromium();
ensurePdftoppm();
const steps = [
  ["Type check", "npx", ["tsc", "--noEmit", "-p", "."]],
  ["Formatting (Prettier)", "npx", ["prettier", "--check", ".", "--log-level", "warn"]],
  ["Lint", "npx", ["eslint", ".", "--max-warnings", "0"]],
  // Before the unit tests: the report command's test prints the built app (scripts/report/report-command.test.ts).
  ["Production build", "npx", ["vite", "build", "--logLevel", "warn"]],
  ["Bundle size budgets", "node", ["scripts/check-size.mjs"]],
  ["Unit and component tests", "npx", ["vitest", "run"]],
  // docs/testing.md: the date-sensitive checks on 6 hard days × 3 time zones.
  ["Calendar run, unit (6 days × 3 zones)", "npx", ["vitest", "run", "-c", "vitest.calendar.config.ts"]],
  ["End-to-end tests (Chromium)", "npx", ["playwright", "test"]],
  [
    "Calendar run, end-to-end (6 days × 3 zones)",
    "npx",
    ["playwright", "test", "-c", "playwright.calendar.config.ts"],
  ],
];
const only = process.argv.slice(2);
for (const [name, command, args] of steps) {
  if (only.length && !only.some((o) => name.toLowerCase().includes(o))) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, CHROMIUM_PATH: chromium },
  });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
