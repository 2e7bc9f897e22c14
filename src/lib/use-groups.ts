import {
  keepPreviousData,
  queryOptions,
  skipToken,
  useQuery,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from "@tanstack/react-query";
import { useApi } from "../api/api-context.tsx";
import { ANALYTICS_KEY, type AnalyticsQueries } from "../api/queries.ts";
import type { ReadAllResult } from "../api/paging.ts";
import type { GroupedQuery } from "../api/query.ts";
import type { GroupedRow, ResourceName } from "../api/resources.ts";
import type { DayRange } from "./date-range.ts";

// Every card's queries: one grouped query (useGroup), or one over the period and its comparison (usePeriods).

/**
 * The previous key's data may stand in for a changed key's only while the changed key is being fetched. Once that
 * fetch has stopped without an answer, the old numbers would pass for the new range's: an error already drops them
 * (React Query), but a paused fetch (offline under networkMode "online"), a cancelled or a disabled one keeps them
 * with no error to show. Then the result is pending with no data, like the query itself.
 */
export function withoutStalePlaceholder<TData, TError>(
  result: UseQueryResult<TData, TError>,
): UseQueryResult<TData, TError> {
  if (!result.isPlaceholderData || result.isFetching) return result;
  return {
    ...result,
    data: undefined,
    status: "pending",
    isPending: true,
    isSuccess: false,
    isPlaceholderData: false,
  };
}

/** A query whose changed key keeps showing the previous answer while it loads (no skeleton flash), and only then. */
export function useQueryKeepingPrevious<
  TQueryFnData,
  TError = Error,
  TData = TQueryFnData,
  TQueryKey extends QueryKey = QueryKey,
>(options: UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>): UseQueryResult<TData, TError> {
  return withoutStalePlaceholder(useQuery({ ...options, placeholderData: keepPreviousData }));
}

export type GroupsResult<R extends ResourceName> = UseQueryResult<ReadAllResult<GroupedRow<R>>>;

/** A grouped query's options, its query typed for its own resource: for useQueries over several resources. */
export const groupedOptions = <R extends ResourceName>(
  queries: AnalyticsQueries,
  resource: R,
  query: GroupedQuery<R>,
) => queries[resource].grouped(query);

/** Stands in for a query that is not sent; skipToken keeps it idle. */
const idle = <R extends ResourceName>(resource: R) =>
  queryOptions<ReadAllResult<GroupedRow<R>>, Error, ReadAllResult<GroupedRow<R>>, readonly unknown[]>({
    queryKey: [...ANALYTICS_KEY, resource, "grouped", "idle"],
    queryFn: skipToken,
  });

/**
 * One grouped query of a card. Null (comparison off, unit not known yet) sends nothing and gives undefined.
 * One useQuery per query, not useQueries: only a kept observer can show the previous answer while a changed
 * filter loads (keepPreviousData), so charts keep their data instead of flashing a skeleton.
 */
export function useGroup<R extends ResourceName>(
  resource: R,
  query: GroupedQuery<R> | null,
): GroupsResult<R> | undefined {
  const { queries } = useApi();
  const options = query ? (queries[resource].grouped(query) as ReturnType<typeof idle<R>>) : idle(resource);
  const result = useQueryKeepingPrevious(options);
  return query ? result : undefined;
}

/** A card's query over the range and over the comparison period (undefined when comparison is off). */
export function usePeriods<R extends ResourceName>(
  resource: R,
  build: (range: DayRange) => GroupedQuery<R> | null,
  range: DayRange,
  compared: DayRange | null,
) {
  const current = useGroup(resource, build(range));
  const previous = useGroup(resource, compared && build(compared));
  return [current, previous] as const;
}
