import type { DayRange } from "../../lib/date-range.ts";
import { addMonths, endOfMonth } from "../../lib/utc-days.ts";
import type { RejectedParam } from "../../lib/view-state.ts";
import type { ReportMonth } from "../../lib/report-section.ts";

export interface ReportParams {
  month: string;
  markets: string[];
  rejected: RejectedParam[];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The last full month before today: what a monthly business review looks at. */
export function lastFullMonth(today: string): string {
  return shiftMonth(today.slice(0, 7), -1);
}

export function monthRange(month: string): DayRange {
  return { from: `${month}-01`, to: endOfMonth(`${month}-01`) };
}

export function shiftMonth(month: string, by: number): string {
  return addMonths(`${month}-01`, by).slice(0, 7);
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

/** The month and its comparison periods as the sections receive them, with the filters as a page view. */
export function reportMonth(month: string, markets: readonly string[]): ReportMonth {
  const range = monthRange(month);
  const list = [...markets];
  return {
    month,
    range,
    previous: monthRange(shiftMonth(month, -1)),
    lastYear: monthRange(shiftMonth(month, -12)),
    trend: { from: monthRange(shiftMonth(month, -12)).from, to: range.to },
    next: monthRange(shiftMonth(month, 1)),
    markets: list,
    // customerMarket on the resources that have it, market on indirect resellers: the same codes.
    view: {
      range,
      compare: "previous",
      grain: "month",
      filters: list.length ? { customerMarket: list, market: list } : {},
    },
  };
}
