import { CardGrid } from "../../components/card-grid.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { formatDayRange } from "../../lib/format.ts";
import { useViewState } from "../../lib/use-view-state.ts";
import { sharedSearch } from "../../lib/view-state.ts";
import { OverviewKpi } from "./components/overview-kpi.tsx";
import { OVERVIEW_KPIS } from "./kpis.ts";
import { overviewFrame } from "./prefetch.ts";
import { overviewSchema } from "./search-params.ts";

export { prefetchOverview } from "./prefetch.ts";

export function OverviewPage() {
  const state = useViewState(overviewSchema);
  const { view, range } = state;
  const { compared, grain, markets } = overviewFrame(view, range);
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
            markets={markets}
            search={sharedSearch(state.search)}
          />
        ))}
      </CardGrid>
    </div>
  );
}
