import { defineConfig } from "@playwright/test";
import base from "./playwright.config.ts";
import { CALENDAR_DAYS } from "./src/testing/calendar.ts";

// The calendar run's end-to-end part (docs/testing.md): one project per hard day; e2e/calendar starts a demo server
// with that DEMO_TODAY per worker itself, so no web servers here.
export default defineConfig<object, { day: string }>({
  ...base,
  testDir: "e2e/calendar",
  webServer: undefined,
  projects: CALENDAR_DAYS.map((day) => ({ name: day, use: { day } })),
});
