import { sumMeasure, type GroupRow } from "../../../lib/grouped-series.ts";

export interface SnapshotTotals {
  resellers: number;
  subscriptions: number;
  licences: number;
}

/** Today's totals over the markets (the by-market query's rows). */
export function snapshotTotals(rows: readonly GroupRow[]): SnapshotTotals {
  return {
    resellers: sumMeasure(rows, "indirectResellerCount"),
    subscriptions: sumMeasure(rows, "subscriptionCount"),
    licences: sumMeasure(rows, "licenseCount"),
  };
}
