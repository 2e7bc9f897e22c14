import { createContext, useContext, type ReactNode } from "react";
import { todayUtc } from "./date-range.ts";

// The day every relative range, "renewals from today" and the report's default month count from. Production
// has no pinned day: today is the browser's current UTC day (Partner Center dates its data in UTC, so a user in
// Auckland at 09:00 on 1 December is still on 30 November, the last day with data). The demo pins it to the
// mock dataset's day from /config.json (DEMO_TODAY), so a demo or a bug report on a fixed date is reproducible.
const PinnedDay = createContext<string | undefined>(undefined);

export function TodayProvider({ day, children }: { day: string | undefined; children: ReactNode }) {
  return <PinnedDay.Provider value={day}>{children}</PinnedDay.Provider>;
}

/** Today as YYYY-MM-DD (UTC): the pinned demo day, else the clock's. Also outside React (main.tsx's prefetch). */
export const todayOr = (pinned: string | undefined): string => pinned ?? todayUtc();

/** Today as YYYY-MM-DD (UTC): the pinned demo day, else read from the clock on every render. */
export function useToday(): string {
  return todayOr(useContext(PinnedDay));
}
