import type { Series } from "../../../lib/card-data.ts";
import type { Grain } from "../../../lib/date-range.ts";
import { bucketTotals, type GroupRow } from "../../../lib/grouped-series.ts";

export interface ChurnSeries {
  created: Series;
  deprovisioned: Series;
  /** Created minus deprovisioned per bucket: below zero the book shrank. */
  net: Series;
}

/** New subscriptions (by creationDate) against deprovisioned ones (by deprovisionedDate), bucket by bucket. */
export function churnSeries(
  createdRows: readonly GroupRow[],
  deprovisionedRows: readonly GroupRow[],
  buckets: readonly string[],
  grain: Grain,
): ChurnSeries {
  const created = bucketTotals(createdRows, "creationDate", "subscriptionCount", buckets, grain);
  const deprovisioned = bucketTotals(
    deprovisionedRows,
    "deprovisionedDate",
    "subscriptionCount",
    buckets,
    grain,
  );
  return {
    created: { key: "created", label: "New", values: created },
    deprovisioned: { key: "deprovisioned", label: "Deprovisioned", values: deprovisioned },
    net: { key: "net", label: "Net change", values: created.map((n, i) => n - (deprovisioned[i] ?? 0)) },
  };
}
