// How a total compares with the comparison period: KPI tiles and comparison notes.

export interface Change {
  current: number;
  previous: number;
  delta: number;
  /** Null when the previous total is zero: a percentage of nothing means nothing. */
  ratio: number | null;
}

export function compareTotals(current: number, previous: number | null | undefined): Change | null {
  if (previous === null || previous === undefined) return null;
  const delta = current - previous;
  return { current, previous, delta, ratio: previous === 0 ? null : delta / previous };
}

/** Share of `part` in `whole`; null when there is no whole to share. */
export function ratioOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
