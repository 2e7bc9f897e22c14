import { keepPreviousData, queryOptions, skipToken, useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useApi } from "../api/api-context.tsx";
import type { ReadAllResult } from "../api/paging.ts";
import type { GroupedQuery } from "../api/query.ts";
import type { GroupedRow, ResourceName } from "../api/resources.ts";
import type { DayRange } from "./date-range.ts";

// Shared by the subscriptions and Azure usage pages.

export type GroupsResult<R extends ResourceName> = UseQueryResult<ReadAllResult<GroupedRow<R>>>;

/** Stands in for a query that is not sent; skipToken keeps it idle. */
const idle = <R extends ResourceName>(resource: R) =>
  queryOptions<ReadAllResult<GroupedRow<R>>, Error, ReadAllResult<GroupedRow<R>>, readonly unknown[]>({ queryKey: ["pc", resource, "grouped", "idle"], queryFn: skipToken });

/**
 * One grouped query of a card. Null (comparison off, unit not known yet) sends nothing and gives undefined.
 * One useQuery per query, not useQueries: only a kept observer can show the previous answer while a changed
 * filter loads (keepPreviousData), so charts keep their data instead of flashing a skeleton.
 */
export function useGroup<R extends ResourceName>(resource: R, query: GroupedQuery<R> | null): GroupsResult<R> | undefined {
  const { queries } = useApi();
  const options = query ? (queries[resource].grouped(query) as ReturnType<typeof idle<R>>) : idle(resource);
  const result = useQuery({ ...options, placeholderData: keepPreviousData });
  return query ? result : undefined;
}

/** A card's query over the range and over the comparison period (undefined when comparison is off). */
export function usePeriods<R extends ResourceName>(resource: R, build: (range: DayRange) => GroupedQuery<R> | null, range: DayRange, compared: DayRange | null) {
  const current = useGroup(resource, build(range));
  const previous = useGroup(resource, compared && build(compared));
  return [current, previous] as const;
}
