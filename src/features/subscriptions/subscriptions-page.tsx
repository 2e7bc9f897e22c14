import { CardGrid } from "../../components/card-grid.tsx";
import { resources } from "../../api/resources.ts";
import { ResourceGrid } from "../../components/data-grid/resource-grid.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { comparisonRange, effectiveGrain } from "../../lib/date-range.ts";
import { useToday } from "../../lib/today.tsx";
import { formatDayRange } from "../../lib/format.ts";
import type { ViewStateApi } from "../../lib/use-view-state.ts";
import { withPageState } from "../../components/with-page-state.tsx";
import { ChurnCard } from "./components/churn-card.tsx";
import { InServiceCard } from "./components/in-service-card.tsx";
import { RenewalsCard } from "./components/renewals-card.tsx";
import { StatusTrendCard } from "./components/status-trend-card.tsx";
import { SubscriptionKpis } from "./components/subscription-kpis.tsx";
import { TrialsCard } from "./components/trials-card.tsx";
import { optionValues } from "../../lib/grouped-series.ts";
import { drillFor } from "../../lib/view-filters.ts";
import { facetQueries, gridFilter } from "./queries.ts";
import { subscriptionGridColumns, subscriptionsSchema } from "./search-params.ts";
import { useGroup } from "../../lib/use-groups.ts";
export { prefetchSubscriptions } from "./prefetch.ts";

export const SubscriptionsPage = withPageState(
  subscriptionsSchema,
  function SubscriptionsPage({ state }: { state: ViewStateApi<typeof subscriptionsSchema.filters> }) {
    const today = useToday();
    const { view, range, setView } = state;
    const compared = comparisonRange(range, view.compare);
    const grain = effectiveGrain(range, view.grain);
    const drill = drillFor(subscriptionsSchema.filters, setView);
    const typesAndProducts = useGroup("subscriptions", facetQueries.typesAndProducts);
    const markets = useGroup("subscriptions", facetQueries.markets);
    // A failed facet query only costs suggestions: the filters still take typed values.
    const facetRows = typesAndProducts?.data?.rows ?? [];
    const options = {
      subscriptionType: optionValues(
        facetRows,
        "subscriptionType",
        resources.subscriptions.fields.subscriptionType.values,
      ),
      productName: optionValues(facetRows, "productName"),
      customerMarket: optionValues(markets?.data?.rows ?? [], "customerMarket"),
    };
    const cards = { view, range, compared, grain };
    return (
      <div className="space-y-6">
        <PageHeader
          title="Subscriptions"
          intro={
            <>
              New, in-service, renewing and lost subscriptions for {formatDayRange(range)}, by {grain}.
            </>
          }
          schema={subscriptionsSchema}
          state={state}
          options={options}
        />
        <SubscriptionKpis {...cards} />
        <CardGrid columns={2}>
          <StatusTrendCard {...cards} drill={drill} />
          <InServiceCard
            view={view}
            range={range}
            drill={drill}
            title="Subscriptions in service by type"
            by="subscriptionType"
            labelColumn="Type"
            measure="subscriptionCount"
          />
          <InServiceCard
            view={view}
            range={range}
            drill={drill}
            title="Top products by subscriptions"
            by="productName"
            labelColumn="Product"
            measure="subscriptionCount"
            limit={10}
          />
          <InServiceCard
            view={view}
            range={range}
            drill={drill}
            title="Top products by licences"
            by="productName"
            labelColumn="Product"
            measure="licenseCount"
            limit={10}
          />
          <RenewalsCard view={view} today={today} />
          <TrialsCard {...cards} />
          <ChurnCard {...cards} />
        </CardGrid>
        <ResourceGrid
          resource="subscriptions"
          title={`Subscriptions in service at any time in ${formatDayRange(range)}`}
          filter={gridFilter(view, range)}
          columns={subscriptionGridColumns}
          schema={subscriptionsSchema}
          range={range}
          fileName="subscriptions"
        />
      </div>
    );
  },
);
