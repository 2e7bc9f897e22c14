import type { Series } from "../../../lib/card-data.ts";
import type { Grain } from "../../../lib/date-range.ts";
import { ratioOf } from "../../../lib/period-comparison.ts";
import { bucketTotals, sumMeasure, type GroupRow } from "../../../lib/grouped-series.ts";

export interface TrialFigures {
  starts: Series;
  conversions: Series;
  /** Trials started in the range that have converted to paid (at any time so far). */
  cohortConverted: number;
  cohortStarted: number;
  /** cohortConverted / cohortStarted: a cohort rate, so trials and conversions are the same subscriptions. */
  conversionRate: number | null;
}

/**
 * Trial starts per bucket (trialStartDate) and conversions per bucket (trialToPaidConversionDate). A conversion in
 * the range may belong to a trial started before it, so the rate is taken over the range's own trials instead.
 */
export function trialFigures(
  startRows: readonly GroupRow[],
  conversionRows: readonly GroupRow[],
  convertedStartRows: readonly GroupRow[],
  buckets: readonly string[],
  grain: Grain,
): TrialFigures {
  const cohortStarted = sumMeasure(startRows, "subscriptionCount");
  const cohortConverted = sumMeasure(convertedStartRows, "subscriptionCount");
  return {
    starts: {
      key: "starts",
      label: "Trial starts",
      values: bucketTotals(startRows, "trialStartDate", "subscriptionCount", buckets, grain),
    },
    conversions: {
      key: "conversions",
      label: "Converted to paid",
      values: bucketTotals(conversionRows, "trialToPaidConversionDate", "subscriptionCount", buckets, grain),
    },
    cohortConverted,
    cohortStarted,
    conversionRate: ratioOf(cohortConverted, cohortStarted),
  };
}
