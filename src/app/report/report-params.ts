import { UTCDate } from "@date-fns/utc";
import { endOfMonth, subMonths } from "date-fns";
import { isoDay, type DayRange } from "../../lib/date-range.ts";
import type { RejectedParam } from "../../lib/view-state.ts";

export interface ReportParams {
  month: string;
  markets: string[];
  rejected: RejectedParam[];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The last full month before today: what a monthly business review looks at. */
export function lastFullMonth(today: string): string {
  return isoDay(subMonths(new UTCDate(`${today}T00:00:00Z`), 1)).slice(0, 7);
}

export function monthRange(month: string): DayRange {
  const start = new UTCDate(`${month}-01T00:00:00Z`);
  return { from: isoDay(start), to: isoDay(endOfMonth(start)) };
}

export function shiftMonth(month: string, by: number): string {
  return isoDay(subMonths(new UTCDate(`${month}-01T00:00:00Z`), -by)).slice(0, 7);
}

/** `month=YYYY-MM` (not in the future) and `customerMarket=US,DE`; anything else is reported and ignored. */
export function parseReportParams(search: string, today: string): ReportParams {
  const params = new URLSearchParams(search);
  const fallback = lastFullMonth(today);
  const rejected: RejectedParam[] = [];
  let month = fallback;
  let markets: string[] = [];
  for (const [name, value] of params) {
    if (name === "month") {
      if (MONTH.test(value) && value <= today.slice(0, 7)) month = value;
      else rejected.push({ param: name, value, reason: "must be a month as YYYY-MM, not in the future" });
    } else if (name === "customerMarket") {
      const list = value.split(",").map((m) => m.trim());
      if (list.every((m) => /^[A-Za-z]{2}$/.test(m))) markets = list.map((m) => m.toUpperCase());
      else rejected.push({ param: name, value, reason: "must list two-letter market codes, e.g. US,DE" });
    } else if (!["range", "compare", "grain"].includes(name)) {
      rejected.push({ param: name, value, reason: "is not a setting of the monthly report" });
    }
  }
  return { month, markets, rejected };
}
