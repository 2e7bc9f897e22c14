import * as v from "valibot";
import type { DayRange } from "../../lib/date-range.ts";
import { parseParams, single, type RejectedParam } from "../../lib/url-params.ts";
import { addMonths, endOfMonth } from "../../lib/utc-days.ts";
import type { ReportMonth } from "../../lib/report-section.ts";

export interface ReportParams {
  month: string;
  markets: readonly string[];
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

const MARKET = /^[A-Za-z]{2}$/;

/** The report's parameters: read by the same parser as every page's, so links fail, and are named, alike. */
function reportParams(today: string) {
  return {
    month: single(
      v.pipe(
        v.string(),
        v.check(
          (month) => MONTH.test(month) && month <= today.slice(0, 7),
          "must be a month as YYYY-MM, not in the future",
        ),
      ),
    ),
    customerMarket: v.pipe(
      v.array(v.string()),
      v.transform((items) => items.map((market) => market.trim())),
      v.check((list) => list.every((m) => MARKET.test(m)), "must list two-letter market codes, e.g. US,DE"),
      v.transform((list) => list.map((market) => market.toUpperCase())),
    ),
  };
}

/** `month=YYYY-MM` (not in the future) and `customerMarket=US,DE`; anything else is reported and ignored. */
export function parseReportParams(search: string, today: string): ReportParams {
  const { values, rejected } = parseParams(
    search,
    reportParams(today),
    "is not a setting of the monthly report",
  );
  return { month: values.month ?? lastFullMonth(today), markets: values.customerMarket ?? [], rejected };
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
