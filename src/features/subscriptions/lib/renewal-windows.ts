import { keyOf, measureOf, UNSET_KEY, type GroupRow } from "../../../lib/grouped-series.ts";

const DAY_MS = 86_400_000;
export const RENEWAL_WINDOWS = [30, 60, 90] as const;

export interface RenewalWindow {
  days: number;
  /** Subscriptions per auto-renew key, aligned with `keys`. */
  counts: number[];
  total: number;
}

/** The last day of "the next `days` days" counted from today (today is day 1). */
export function windowEnd(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + (days - 1) * DAY_MS).toISOString().slice(0, 10);
}

const AUTO_RENEW_ORDER = ["true", "false"];
export function autoRenewLabel(key: string): string {
  if (key === "true") return "Auto-renew on";
  if (key === "false") return "Auto-renew off";
  return key === UNSET_KEY ? "Auto-renew not reported" : `Auto-renew: ${key}`;
}

/**
 * Rows grouped by commitmentEndDate (day) and autoRenewEnabled, as cumulative windows: due within the next 30,
 * 60 and 90 days, split by auto-renew. Off is what needs a call to the customer; a value other than true/false
 * is kept under its own name.
 */
export function renewalWindows(
  rows: readonly GroupRow[],
  today: string,
  windows: readonly number[] = RENEWAL_WINDOWS,
) {
  const start = Date.parse(`${today}T00:00:00Z`);
  const seen = [...new Set(rows.map((row) => keyOf(row.autoRenewEnabled)))];
  const keys = [
    ...AUTO_RENEW_ORDER.filter((k) => seen.includes(k)),
    ...seen.filter((k) => !AUTO_RENEW_ORDER.includes(k)),
  ];
  const result: RenewalWindow[] = windows.map((days) => ({ days, counts: keys.map(() => 0), total: 0 }));
  for (const row of rows) {
    const date = row.commitmentEndDate;
    if (typeof date !== "string") continue;
    const offset = Math.floor((Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - start) / DAY_MS);
    const k = keys.indexOf(keyOf(row.autoRenewEnabled));
    const count = measureOf(row, "subscriptionCount");
    for (const window of result) {
      if (offset < 0 || offset >= window.days) continue;
      window.counts[k]! += count;
      window.total += count;
    }
  }
  return { keys, windows: result };
}
