import { vi } from "vitest";
import { CALENDAR_ZONES, instantIn, type CalendarZone } from "./calendar.ts";

// Setup of the calendar run (vitest.calendar.config.ts): every test file's clock reads DEMO_TODAY, at an hour when
// the wall clock of TZ shows another date. Date only: timers run as usual.
const day = process.env.DEMO_TODAY;
const zone = process.env.TZ as CalendarZone;
if (!day || !CALENDAR_ZONES.includes(zone))
  throw new Error(`the calendar run needs DEMO_TODAY and TZ (one of ${CALENDAR_ZONES.join(", ")})`);
vi.setSystemTime(instantIn(day, zone));
