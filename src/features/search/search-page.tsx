import { CardGrid } from "../../components/card-grid.tsx";
import { ResourceGrid } from "../../components/data-grid/resource-grid.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { comparisonRange, effectiveGrain, type DayRange } from "../../lib/date-range.ts";
import { formatDayRange } from "../../lib/format.ts";
import type { ViewStateApi } from "../../lib/use-view-state.ts";
import { withPageState } from "../../components/with-page-state.tsx";
import type { SearchView } from "./search-params.ts";
import { EngagementFunnelCard } from "./components/engagement-funnel-card.tsx";
import { EngagementKpis } from "./components/engagement-kpis.tsx";
import { EngagementTrendCard } from "./components/engagement-trend-card.tsx";
import { FACETS, FacetCard } from "./components/facet-card.tsx";
import { optionValues } from "../../lib/grouped-series.ts";
import { useGroup } from "../../lib/use-groups.ts";
import { drillFor } from "../../lib/view-filters.ts";
import { facetQuery, searchFilter, type FacetField } from "./queries.ts";
import { searchGridColumns, searchSchema } from "./search-params.ts";

const FACET_FIELDS = Object.keys(FACETS) as FacetField[];

/** The values a facet card already loaded (same query, shared cache), as the filter's suggestions. */
function useFacetOptions(view: SearchView, range: DayRange, field: FacetField) {
  return optionValues(useGroup("search", facetQuery(view, range, field))?.data?.rows ?? [], field);
}

function useFilterOptions(view: SearchView, range: DayRange) {
  return {
    keywordCountry: useFacetOptions(view, range, "keywordCountry"),
    keywordIndustryFocus: useFacetOptions(view, range, "keywordIndustryFocus"),
    keywordProduct: useFacetOptions(view, range, "keywordProduct"),
    partnerMarket: useFacetOptions(view, range, "partnerMarket"),
  };
}

export const SearchPage = withPageState(
  searchSchema,
  function SearchPage({ state }: { state: ViewStateApi<typeof searchSchema.filters> }) {
    const { view, range, setView } = state;
    const compared = comparisonRange(range, view.compare);
    const grain = effectiveGrain(range, view.grain);
    const options = useFilterOptions(view, range);
    const drill = drillFor(searchSchema.filters, setView);

    return (
      <div className="space-y-6">
        <PageHeader
          title="Search engagement"
          intro={
            <>
              How often your listing appeared in Microsoft&apos;s partner search {formatDayRange(range)}, and
              how many of those searches led to a profile view, a contact click or a referral.
            </>
          }
          schema={searchSchema}
          state={state}
          options={options}
        />
        <EngagementKpis view={view} range={range} compared={compared} grain={grain} />
        <CardGrid columns={3}>
          <EngagementFunnelCard view={view} range={range} grain={grain} />
          <div className="lg:col-span-2">
            <EngagementTrendCard view={view} range={range} compared={compared} grain={grain} />
          </div>
        </CardGrid>
        <CardGrid columns={2}>
          {FACET_FIELDS.map((field) => (
            <FacetCard key={field} view={view} range={range} field={field} drill={drill} />
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
