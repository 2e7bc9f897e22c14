import { hashKey, useQuery } from "@tanstack/react-query";
import { useApi } from "../api/api-context.tsx";
import type { GroupedQuery } from "../api/query.ts";
import type { GroupedRow, ResourceName } from "../api/resources.ts";
import type { CardStatus } from "./card-data.ts";
import type { DayRange } from "./date-range.ts";
import { useQueryKeepingPrevious, withoutStalePlaceholder } from "./use-groups.ts";

export interface PeriodData<R extends ResourceName> {
  current: readonly GroupedRow<R>[] | undefined;
  /** Undefined while loading and when comparison is off. */
  previous: readonly GroupedRow<R>[] | undefined;
  status: CardStatus;
}

/**
 * One grouped query over the range and, when comparing, the same query over the compared range. Both belong to
 * the card that asks: either failing shows that card's error, and its retry repeats both.
 */
export function usePeriodQuery<R extends ResourceName>(
  resource: R,
  build: (range: DayRange) => GroupedQuery<R>,
  range: DayRange,
  compared: DayRange | null,
): PeriodData<R> {
  const { queries } = useApi();
  const currentOptions = queries[resource].grouped(build(range));
  const current = useQueryKeepingPrevious(currentOptions);
  // Without a comparison this mirrors the current query (same key) and stays disabled; its data is ignored, and
  // must not stand in as the comparison while the first compared result loads.
  const previous = withoutStalePlaceholder(
    useQuery({
      ...queries[resource].grouped(build(compared ?? range)),
      enabled: compared !== null,
      placeholderData: (data, query) =>
        query?.queryHash === hashKey(currentOptions.queryKey) ? undefined : data,
    }),
  );
  const comparing = compared !== null;
  return {
    current: current.data?.rows,
    previous: comparing ? previous.data?.rows : undefined,
    status: {
      pending: current.isPending || (comparing && previous.isPending),
      error: current.error ?? (comparing ? previous.error : null),
      retry: () => {
        void current.refetch();
        if (comparing) void previous.refetch();
      },
    },
  };
}
