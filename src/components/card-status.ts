import type { CardStatus } from "../lib/card-data.ts";
import type { PartnerCenterError } from "../api/errors.ts";

// Shared by the subscriptions and Azure usage pages.

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

/** The text a KPI tile shows when its query failed, with the id support asks for. */
export function kpiError(results: readonly (QueryLike | undefined)[]): string | undefined {
  const error = results.find((r) => r?.error)?.error as PartnerCenterError | undefined;
  if (!error) return undefined;
  return error.correlationId ? `${error.message} (correlation id ${error.correlationId})` : error.message;
}
