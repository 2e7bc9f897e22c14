// Metric records shared by every part of the benchmark, and the arithmetic on their samples.

export interface Budget {
  /** "max": the value must stay at or below `value`; "below": strictly below it; "min": at least `value`. */
  kind: "max" | "below" | "min";
  value: number;
  /** Where the number comes from (conventions.md B.x, a file's stated target, or the brief). */
  source: string;
}

export interface Metric {
  id: string;
  group: string;
  label: string;
  unit: "ms" | "KiB" | "MB" | "req/s" | "count" | "score" | "ratio" | "%";
  median: number;
  min: number;
  max: number;
  n: number;
  budget: Budget | null;
  /** null when the metric has no budget: reported for context only. */
  pass: boolean | null;
  note?: string;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (!sorted.length) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile, as Lighthouse and most frame-time tools report it. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function judge(value: number, budget: Budget | null): boolean | null {
  if (!budget || !Number.isFinite(value)) return budget ? false : null;
  if (budget.kind === "min") return value >= budget.value;
  return budget.kind === "max" ? value <= budget.value : value < budget.value;
}

/** A metric from raw samples; the budget is judged on the median, as Lighthouse CI does with numberOfRuns. */
export function metric(
  base: Omit<Metric, "median" | "min" | "max" | "n" | "pass" | "budget"> & { budget?: Budget | null },
  samples: readonly number[],
  digits = base.unit === "score" ? 4 : 1,
): Metric {
  const budget = base.budget ?? null;
  const finite = samples.filter(Number.isFinite);
  const value = round(median(finite), digits);
  return {
    ...base,
    budget,
    median: value,
    min: round(Math.min(...finite), digits),
    max: round(Math.max(...finite), digits),
    n: finite.length,
    pass: judge(value, budget),
  };
}

/** A metric whose median/min/max were computed elsewhere (the engine bench). */
export function summarised(base: Omit<Metric, "pass" | "budget"> & { budget?: Budget | null }): Metric {
  const budget = base.budget ?? null;
  return { ...base, budget, pass: judge(base.median, budget) };
}

export const budget = (kind: Budget["kind"], value: number, source: string): Budget => ({
  kind,
  value,
  source,
});
