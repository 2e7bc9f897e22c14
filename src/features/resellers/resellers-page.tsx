import { CardGrid } from "../../components/card-grid.tsx";
import { useGroup } from "../../lib/use-groups.ts";
import { ResourceGrid } from "../../components/data-grid/resource-grid.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { comparisonRange, effectiveGrain } from "../../lib/date-range.ts";
import type { ViewStateApi } from "../../lib/use-view-state.ts";
import { withPageState } from "../../components/with-page-state.tsx";
import { MarketCard } from "./components/market-card.tsx";
import { NewResellersCard } from "./components/new-resellers-card.tsx";
import { ResellerKpis } from "./components/reseller-kpis.tsx";
import { TopResellersCard } from "./components/top-resellers-card.tsx";
import { optionValues } from "../../lib/grouped-series.ts";
import { drillFor } from "../../lib/view-filters.ts";
import { marketQuery, resellersFilter } from "./queries.ts";
import { resellerGridColumns, resellersSchema } from "./search-params.ts";

export const ResellersPage = withPageState(
  resellersSchema,
  function ResellersPage({ state }: { state: ViewStateApi<typeof resellersSchema.filters> }) {
    const { view, range, setView } = state;
    const compared = comparisonRange(range, view.compare);
    const grain = effectiveGrain(range, view.grain);
    const drill = drillFor(resellersSchema.filters, setView);
    // The by-market card's query (shared cache): the markets it returned become the filter's suggestions.
    const markets = useGroup("indirectresellers", marketQuery(view));

    return (
      <div className="space-y-6">
        <PageHeader
          title="Indirect resellers"
          intro="The resellers who sell your subscriptions, where they are, and who sells the most."
          schema={resellersSchema}
          state={state}
          options={{ market: optionValues(markets?.data?.rows ?? [], "market") }}
        />
        <ResellerKpis view={view} range={range} compared={compared} grain={grain} />
        <CardGrid columns={2}>
          <NewResellersCard view={view} range={range} compared={compared} grain={grain} />
          <MarketCard view={view} drill={drill} />
          <TopResellersCard view={view} measure="subscriptionCount" />
          <TopResellersCard view={view} measure="licenseCount" />
        </CardGrid>
        <ResourceGrid
          resource="indirectresellers"
          title="Indirect resellers"
          filter={resellersFilter(view)}
          columns={resellerGridColumns}
          schema={resellersSchema}
          range={range}
          fileName="indirect-resellers"
        />
      </div>
    );
  },
);
