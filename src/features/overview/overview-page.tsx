import { CardGrid } from "../../components/card-grid.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { comparisonRange, effectiveGrain } from "../../lib/date-range.ts";
import { formatDayRange } from "../../lib/format.ts";
import { useViewState } from "../../lib/use-view-state.ts";
import { sharedSearch } from "../../lib/view-state.ts";
import { OverviewKpi } from "./components/overview-kpi.tsx";
import { OVERVIEW_KPIS } from "./kpis.ts";
import { overviewSchema } from "./search-params.ts";

export function OverviewPage() {
  const state = useViewState(overviewSchema);
  const { view, range } = state;
  const compared = comparisonRange(range, view.compare);
  const grain = effectiveGrain(range, view.grain);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Overview"
        intro={
          <>
            Headline numbers across all five Partner Center resources for {formatDayRange(range)}, by {grain}.
          </>
        }
        schema={overviewSchema}
        state={state}
      />
      <CardGrid columns={4}>
        {OVERVIEW_KPIS.map((def) => (
          <OverviewKpi
            key={def.key}
            def={def}
            range={range}
            compared={compared}
            grain={grain}
            markets={view.filters.customerMarket}
            search={sharedSearch(state.search)}
          />
        ))}
      </CardGrid>
    </div>
  );
}
