import type { CardStatus } from "../lib/card-data.ts";

interface QueryLike {
  isPending: boolean;
  error: Error | null;
  refetch: () => unknown;
}

/**
 * A card's state from the queries it draws (undefined = not sent, e.g. no comparison). Any failure shows the
 * error panel for this card only; retry refetches just what failed.
 */
export function cardStatus(
  results: readonly (QueryLike | undefined)[],
  empty: string | false = false,
): CardStatus {
  const sent = results.filter((r): r is QueryLike => r !== undefined);
  const failed = sent.filter((r) => r.error);
  return {
    pending: sent.some((r) => r.isPending && !r.error),
    error: failed[0]?.error ?? undefined,
    retry: () => failed.forEach((r) => void r.refetch()),
    empty,
  };
}

type Answer<Row> = (QueryLike & { data?: { rows: readonly Row[] } }) | undefined;

/**
 * A KPI tile's number over the period and over the comparison period (usePeriods), and its state: loading, or the
 * error panel (with its correlation id) and a retry of what failed.
 */
export function tileFigures<Row>(
  [current, previous]: readonly [Answer<Row>, Answer<Row>],
  of: (rows: readonly Row[]) => number,
) {
  const status = cardStatus([current, previous]);
  return {
    value: current?.data ? of(current.data.rows) : null,
    previous: previous?.data ? of(previous.data.rows) : null,
    pending: status.pending,
    error: status.error,
    onRetry: status.retry,
  };
}
