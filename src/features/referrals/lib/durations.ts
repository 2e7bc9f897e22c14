import type { GroupedRow } from "../../../api/resources.ts";

const DAY_MS = 86_400_000;

export interface Weighted {
  value: number;
  weight: number;
}

/** Nearest-rank percentile over weighted values: the smallest value with at least p of the weight at or below it. */
export function weightedPercentile(points: readonly Weighted[], p: number): number | null {
  const sorted = points.filter((point) => point.weight > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, point) => sum + point.weight, 0);
  if (total === 0) return null;
  let seen = 0;
  for (const point of sorted) {
    seen += point.weight;
    if (seen >= p * total) return point.value;
  }
  return sorted.at(-1)!.value;
}

export interface DelayStats {
  median: number;
  p25: number;
  p75: number;
  /** Referrals the numbers are computed from. */
  count: number;
}

/**
 * Days from creation to a milestone, from groups of (created day, milestone day). The API only counts, so the
 * delay of a group is the difference of its two day buckets: each referral is measured to the whole day.
 */
export function delayStats(
  rows: readonly GroupedRow<"referrals">[],
  milestone: "acceptedDate" | "wonDate",
): DelayStats | null {
  const points: Weighted[] = [];
  for (const row of rows) {
    const end = row[milestone];
    if (!row.createdDate || !end) continue;
    points.push({
      value: Math.round((Date.parse(end) - Date.parse(row.createdDate)) / DAY_MS),
      weight: row.referralCount ?? 0,
    });
  }
  const median = weightedPercentile(points, 0.5);
  if (median === null) return null;
  return {
    median,
    p25: weightedPercentile(points, 0.25)!,
    p75: weightedPercentile(points, 0.75)!,
    count: points.reduce((sum, point) => sum + point.weight, 0),
  };
}
