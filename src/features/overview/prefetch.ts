import { comparisonRange, effectiveGrain, resolveRange, type DayRange } from "../../lib/date-range.ts";
import type { PrefetchContext } from "../../lib/page-prefetch.ts";
import { groupedOptions } from "../../lib/use-groups.ts";
import { parseViewSearch } from "../../lib/view-state.ts";
import { OVERVIEW_KPIS } from "./kpis.ts";
import { overviewSchema, type OverviewView } from "./search-params.ts";

/** What the overview's KPI tiles are drawn from: the page and its prefetch both read it here, so they agree. */
export function overviewFrame(view: OverviewView, range: DayRange) {
  return {
    compared: comparisonRange(range, view.compare),
    grain: effectiveGrain(range, view.grain),
    markets: view.filters.customerMarket,
  };
}

/**
 * Asks for every KPI tile's answers of the URL the overview was opened on, before the page's first render: the
 * tiles then find their queries on the way (same keys) instead of starting them after a render of the whole page.
 */
export function prefetchOverview({ queryClient, queries, search, today }: PrefetchContext): void {
  const { state } = parseViewSearch(search, overviewSchema);
  const range = resolveRange(state.range, today);
  const { compared, grain, markets } = overviewFrame(state, range);
  for (const def of OVERVIEW_KPIS)
    for (const period of [range, compared])
      if (period)
        void queryClient.prefetchQuery(
          groupedOptions(queries, def.resource, def.query(period, grain, markets)),
        );
}
