import { CardGrid } from "../../components/card-grid.tsx";
import { keepPreviousData, useQueries } from "@tanstack/react-query";
import { useApi } from "../../api/api-context.tsx";
import { ResourceGrid } from "../../components/data-grid/resource-grid.tsx";
import { FilterBar } from "../../components/filter-bar.tsx";
import { comparisonRange, effectiveGrain, type DayRange } from "../../lib/date-range.ts";
import { formatDayRange } from "../../lib/format.ts";
import type { ViewStateApi } from "../../lib/use-view-state.ts";
import { withPageState } from "../../components/with-page-state.tsx";
import type { ViewState } from "../../lib/view-state.ts";
import { EngagementFunnelCard } from "./components/engagement-funnel-card.tsx";
import { EngagementKpis } from "./components/engagement-kpis.tsx";
import { EngagementTrendCard } from "./components/engagement-trend-card.tsx";
import { FACETS, FacetCard } from "./components/facet-card.tsx";
import { seenValues } from "./lib/facets.ts";
import { facetQuery, searchFilter, type FacetField } from "./queries.ts";
import { searchGridColumns, searchSchema } from "./search-params.ts";

const FACET_FIELDS = Object.keys(FACETS) as FacetField[];
const LIST_FILTERS = [
  "keywordCountry",
  "keywordIndustryFocus",
  "keywordProduct",
  "partnerMarket",
] as const satisfies readonly FacetField[];

/** Values the facet cards already loaded (same queries, shared cache), as filter suggestions. */
function useFilterOptions(view: ViewState, range: DayRange) {
  const { queries } = useApi();
  const results = useQueries({
    queries: LIST_FILTERS.map((field) => ({
      ...queries.search.grouped(facetQuery(view, range, field)),
      placeholderData: keepPreviousData,
    })),
  });
  return Object.fromEntries(
    LIST_FILTERS.map((field, i) => [field, seenValues(results[i]?.data?.rows ?? [], field)]),
  );
}

export const SearchPage = withPageState(
  searchSchema,
  function SearchPage({ state }: { state: ViewStateApi }) {
    const { view, range, setView } = state;
    const compared = comparisonRange(range, view.compare);
    const grain = effectiveGrain(range, view.grain);
    const options = useFilterOptions(view, range);

    // A drill-down narrows the page to the chosen value (replacing that filter); the chip takes it off again.
    const filterOn = (field: FacetField, value: string) => {
      const text = searchSchema.filters.find((def) => def.param === field)?.kind === "text";
      setView({ ...view, filters: { ...view.filters, [field]: text ? value.trim() : [value] } });
    };

    return (
      <div className="space-y-6">
        <div>
          <h1 className="text-2xl font-bold">Search engagement</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            How often your listing appeared in Microsoft&apos;s partner search {formatDayRange(range)}, and
            how many of those searches led to a profile view, a contact click or a referral.
          </p>
        </div>
        <FilterBar schema={searchSchema} state={state} options={options} />
        <EngagementKpis view={view} range={range} compared={compared} grain={grain} />
        <CardGrid columns={3}>
          <EngagementFunnelCard view={view} range={range} grain={grain} />
          <div className="lg:col-span-2">
            <EngagementTrendCard view={view} range={range} compared={compared} grain={grain} />
          </div>
        </CardGrid>
        <CardGrid columns={2}>
          {FACET_FIELDS.map((field) => (
            <FacetCard key={field} view={view} range={range} field={field} onSelect={filterOn} />
          ))}
        </CardGrid>
        <ResourceGrid
          resource="search"
          title="Search appearances in the period"
          filter={searchFilter(view, range)}
          columns={searchGridColumns}
          schema={searchSchema}
          range={range}
          fileName="search"
        />
      </div>
    );
  },
);
