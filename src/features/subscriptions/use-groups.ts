import { keepPreviousData, useQueries, type UseQueryResult } from "@tanstack/react-query";
import { useApi } from "../../api/api-context.tsx";
import type { ReadAllResult } from "../../api/paging.ts";
import type { GroupedQuery } from "../../api/query.ts";
import type { GroupedRow, ResourceName } from "../../api/resources.ts";

// Shared by the subscriptions and Azure usage pages.

export type GroupsResult<R extends ResourceName> = UseQueryResult<ReadAllResult<GroupedRow<R>>>;

/**
 * Several grouped queries of one resource for one card, typically a period and its comparison. A null entry
 * (comparison off, unit not known yet) is not sent and comes back undefined. The previous answer stays on screen
 * while a changed filter loads, so charts do not flash empty.
 */
export function useGroups<R extends ResourceName>(resource: R, list: readonly (GroupedQuery<R> | null)[]): (GroupsResult<R> | undefined)[] {
  const { queries } = useApi();
  const sent = list.filter((query): query is GroupedQuery<R> => query !== null);
  const results = useQueries({
    queries: sent.map((query) => ({ ...queries[resource].grouped(query), placeholderData: keepPreviousData })),
  }) as GroupsResult<R>[];
  let next = 0;
  return list.map((query) => (query === null ? undefined : results[next++]));
}
