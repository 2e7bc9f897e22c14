import { CardGrid } from "../../components/card-grid.tsx";
import { ResourceGrid } from "../../components/data-grid/resource-grid.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { comparisonRange, effectiveGrain } from "../../lib/date-range.ts";
import { formatDayRange } from "../../lib/format.ts";
import type { ViewStateApi } from "../../lib/use-view-state.ts";
import { withPageState } from "../../components/with-page-state.tsx";
import { optionValues } from "../../lib/grouped-series.ts";
import { between, drillFor, emptyMessage, withFilterValues } from "../../lib/view-filters.ts";
import { useGroup } from "../../lib/use-groups.ts";
import { CategoryTrendCard } from "./components/category-trend-card.tsx";
import { UnitPicker } from "./components/unit-picker.tsx";
import type { UnitState } from "./components/unit-state.ts";
import { UsageKpis } from "./components/usage-kpis.tsx";
import { UsageRankCard } from "./components/usage-rank-card.tsx";
import { subscriptionLabel } from "./lib/labels.ts";
import { chooseUnit, unitOptions } from "./lib/units.ts";
import { customerFacetQuery, gridFilter, meterFacetQuery } from "./queries.ts";
import { usageGridColumns, usageSchema } from "./search-params.ts";

export const AzureUsagePage = withPageState(
  usageSchema,
  function AzureUsagePage({ state }: { state: ViewStateApi<typeof usageSchema.filters> }) {
    const { view, range, setView } = state;
    const compared = comparisonRange(range, view.compare);
    const grain = effectiveGrain(range, view.grain);
    const drill = drillFor(usageSchema.filters, setView);
    const meters = useGroup("usage/azure", meterFacetQuery(view, range));
    const customers = useGroup("usage/azure", customerFacetQuery(range));
    const meterRows = meters?.data?.rows ?? [];
    const { unit, ignored } = chooseUnit(view.filters.meterUnit ?? [], meterRows, view.filters);
    const unitState: UnitState = {
      unit,
      facet: meters,
      noUsage: emptyMessage("No Azure usage was recorded", between(range), view),
    };
    // Suggestions only: a failed facet query leaves the filters accepting typed values.
    const customerRows = customers?.data?.rows ?? [];
    const options = {
      meterCategory: optionValues(meterRows, "meterCategory"),
      meterSubcategory: optionValues(meterRows, "meterSubcategory"),
      resourceLocation: optionValues(customerRows, "resourceLocation"),
      customerName: optionValues(customerRows, "customerName"),
    };
    const markets = view.filters.customerMarket ?? [];
    const cards = { view, range, unitState };
    return (
      <div className="space-y-6">
        <PageHeader
          title="Azure usage"
          intro={
            <>
              Metered Azure consumption for {formatDayRange(range)}, by {grain}, one unit at a time.
            </>
          }
          schema={usageSchema}
          state={state}
          options={options}
        />
        {markets.length > 0 && (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            The customer market filter ({markets.join(", ")}) does not apply on this page: Azure usage rows
            carry no market. It is kept for the other pages.
          </p>
        )}
        <UnitPicker
          unit={unit}
          options={unitOptions(meterRows)}
          ignored={ignored}
          pending={Boolean(meters?.isPending)}
          onChange={(next) => setView((latest) => withFilterValues(latest, "meterUnit", [next]))}
        />
        <UsageKpis {...cards} compared={compared} />
        <CardGrid columns={2}>
          <CategoryTrendCard
            {...cards}
            compared={compared}
            grain={grain}
            drill={drill}
            onShowAllCategories={() =>
              setView((latest) =>
                withFilterValues(withFilterValues(latest, "meterCategory", []), "meterSubcategory", []),
              )
            }
          />
          <UsageRankCard
            {...cards}
            title="Usage by location"
            by="resourceLocation"
            labelColumn="Location"
            limit={10}
            drill={drill}
          />
          <UsageRankCard
            {...cards}
            title="Top customers"
            by="customerName"
            labelColumn="Customer"
            limit={10}
            drill={drill}
          />
          <UsageRankCard
            {...cards}
            title="Top subscriptions"
            by="subscriptionId"
            labelColumn="Subscription"
            limit={10}
            label={subscriptionLabel}
          />
        </CardGrid>
        <ResourceGrid
          resource="usage/azure"
          title={
            unit ? `Usage rows in ${unit}, ${formatDayRange(range)}` : `Usage rows, ${formatDayRange(range)}`
          }
          filter={gridFilter(view, range, unit)}
          columns={usageGridColumns}
          schema={usageSchema}
          range={range}
          fileName="azure-usage"
        />
      </div>
    );
  },
);
