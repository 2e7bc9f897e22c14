import { cardStatus } from "../../../components/card-status.ts";
import { RankedBarsCard } from "../../../components/ranked-bars-card.tsx";
import type { DayRange } from "../../../lib/date-range.ts";
import { rankedItems } from "../../../lib/grouped-series.ts";
import { useGroup } from "../../../lib/use-groups.ts";
import { between, emptyMessage, type Drill } from "../../../lib/view-filters.ts";
import type { SearchView } from "../search-params.ts";
import { facetQuery, type FacetField } from "../queries.ts";

const LIMIT = 10;

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
  view: SearchView;
  range: DayRange;
  field: FacetField;
  drill: Drill;
}

/**
 * Values by search result page views, largest first; past the limit the rest add up in one bar so the bars still
 * sum to the period. Searches that did not name the field are a bar of their own.
 */
export function FacetCard({ view, range, field, drill }: FacetCardProps) {
  const query = useGroup("search", facetQuery(view, range, field));
  const { items } = rankedItems(query?.data?.rows ?? [], {
    key: field,
    measure: "searchResultPageViews",
    limit: LIMIT,
    other: true,
  });
  const facet = FACETS[field];
  const empty =
    query?.data !== undefined &&
    items.every((item) => item.value === 0) &&
    emptyMessage("Your listing appeared in no search results", between(range), view);
  return (
    <RankedBarsCard
      title={facet.title}
      description={`Search result page views by ${facet.what}, largest first; beyond ${LIMIT} values the rest share one bar. Choose a name to filter on it.`}
      height={LIMIT * 30}
      status={cardStatus([query], empty)}
      items={items}
      labelColumn={facet.heading}
      valueColumn="Search result page views"
      unit="page views"
      colorKey="searchResultPageViews"
      {...drill.on(field)}
    />
  );
}
