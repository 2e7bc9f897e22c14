import { useQueryKeepingPrevious } from "../../../lib/use-groups.ts";
import { useApi } from "../../../api/api-context.tsx";
import { ChartCard } from "../../../components/chart-card.tsx";
import { BarListChart } from "../../../components/charts/bar-list-chart.tsx";
import type { DayRange } from "../../../lib/date-range.ts";
import type { ViewState } from "../../../lib/view-state.ts";
import { emptyReason } from "../lib/empty-reason.ts";
import { facetItems, facetTable, isValueKey } from "../lib/facets.ts";
import { facetQuery, type FacetField } from "../queries.ts";

const LIMIT = 10;
const HEIGHT = LIMIT * 30;

export const FACETS = {
  keywordSearchText: { title: "Top search texts", heading: "Search text", what: "what visitors typed" },
  keywordIndustryFocus: {
    title: "Industries searched",
    heading: "Industry",
    what: "the industry the search asked for",
  },
  keywordProduct: {
    title: "Products searched",
    heading: "Product",
    what: "the product the search asked for",
  },
  keywordCountry: {
    title: "Countries searched",
    heading: "Country",
    what: "the country the search asked for",
  },
  partnerMarket: {
    title: "Listing markets",
    heading: "Listing market",
    what: "the market of your listing that was shown",
  },
} as const satisfies Record<FacetField, unknown>;

interface FacetCardProps {
  view: ViewState;
  range: DayRange;
  field: FacetField;
  /** A bar was chosen: filter the page on its value. */
  onSelect: (field: FacetField, value: string) => void;
}

export function FacetCard({ view, range, field, onSelect }: FacetCardProps) {
  const { queries } = useApi();
  const query = useQueryKeepingPrevious(queries.search.grouped(facetQuery(view, range, field)));
  const items = facetItems(query.data?.rows ?? [], field, LIMIT);
  const facet = FACETS[field];
  return (
    <ChartCard
      title={facet.title}
      description={`Search result page views by ${facet.what}, largest first; beyond ${LIMIT} values the rest share one bar. Choose a name to filter on it.`}
      height={HEIGHT}
      status={{
        pending: query.isPending,
        error: query.error,
        retry: () => void query.refetch(),
        empty:
          query.data !== undefined && items.every((item) => item.value === 0) && emptyReason(view, range),
      }}
      table={facetTable(items, facet.heading)}
    >
      <BarListChart
        items={items}
        height={HEIGHT}
        unit="page views"
        colorKey="searchResultPageViews"
        onSelect={(key) => onSelect(field, key)}
        canSelect={isValueKey}
        selectLabel={`Filter by ${facet.heading.toLowerCase()}`}
      />
    </ChartCard>
  );
}
