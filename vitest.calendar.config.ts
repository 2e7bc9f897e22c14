import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { CALENDAR_DAYS, CALENDAR_ZONES } from "./src/testing/calendar.ts";

// The calendar run (docs/testing.md): the date-sensitive unit and component tests, once per hard day and time zone.
// Node takes TZ at runtime, so one vitest run holds every pair as a project of its own.
const DATE_SENSITIVE = [
  "src/lib/calendar.test.tsx",
  "src/lib/date-range.test.ts",
  "src/lib/view-state.test.ts",
  "src/lib/period-comparison.test.ts",
  "src/features/subscriptions/lib/renewal-windows.test.ts",
  "src/lib/time-buckets.test.ts",
];

export default defineConfig({
  plugins: [react()],
  test: {
    projects: CALENDAR_DAYS.flatMap((day) =>
      CALENDAR_ZONES.map((zone) => ({
        extends: true,
        test: {
          name: `${day} ${zone}`,
          // Plain Node: these are pure functions (calendar.test.tsx asks for jsdom itself), and a jsdom per file
          // per project tripled the run.
          environment: "node",
          include: DATE_SENSITIVE,
          env: { DEMO_TODAY: day, TZ: zone },
          setupFiles: ["src/testing/calendar-clock.ts"],
        },
      })),
    ),
  },
});
