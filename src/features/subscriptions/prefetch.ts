import { comparisonRange, effectiveGrain, resolveRange } from "../../lib/date-range.ts";
import type { PrefetchContext } from "../../lib/page-prefetch.ts";
import { parseViewSearch } from "../../lib/view-state.ts";
import {
  convertedTrialsQuery,
  createdByStatusQuery,
  deprovisionedQuery,
  facetQueries,
  gridFilter,
  inServiceQuery,
  renewalsQuery,
  trialConversionsQuery,
  trialStartsQuery,
} from "./queries.ts";
import { subscriptionsSchema } from "./search-params.ts";

/**
 * Asks for every query the subscriptions page reads for a URL, before the first render of the page it was opened
 * on (main.tsx): the cards then find them on the way. prefetch.test.tsx checks it asks exactly what the page reads.
 */
export function prefetchSubscriptions({ queryClient, queries, search, today }: PrefetchContext): void {
  const { state: view } = parseViewSearch(search, subscriptionsSchema);
  const range = resolveRange(view.range, today);
  const compared = comparisonRange(range, view.compare);
  const grain = effectiveGrain(range, view.grain);
  const periods = [range, ...(compared ? [compared] : [])];
  const grouped = [
    facetQueries.typesAndProducts,
    facetQueries.markets,
    ...periods.flatMap((r) => [
      inServiceQuery(view, r, "status"),
      createdByStatusQuery(view, r, grain),
      deprovisionedQuery(view, r, grain),
      trialStartsQuery(view, r, grain),
    ]),
    inServiceQuery(view, range, "subscriptionType"),
    inServiceQuery(view, range, "productName"),
    renewalsQuery(view, today),
    trialConversionsQuery(view, range, grain),
    convertedTrialsQuery(view, range, grain),
  ];
  for (const query of grouped) void queryClient.prefetchQuery(queries.subscriptions.grouped(query));
  void queryClient.prefetchQuery(queries.subscriptions.rows({ filter: gridFilter(view, range), top: 1 }));
}
