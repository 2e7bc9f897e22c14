import type { GridColumn } from "../../components/data-grid/resource-grid.tsx";
import { defineFilters, list, text, type ViewState } from "../../lib/view-state.ts";

export const searchGridColumns: readonly GridColumn<"search">[] = [
  { field: "searchDate", label: "Date" },
  { field: "keywordSearchText", label: "Search text" },
  { field: "keywordCountry", label: "Searched country" },
  { field: "keywordIndustryFocus", label: "Industry" },
  { field: "keywordProduct", label: "Product" },
  { field: "partnerMarket", label: "Listing market" },
  { field: "companyName", label: "Listing" },
  { field: "detailsViewed", label: "Profile viewed" },
  { field: "contactButtonClicked", label: "Contact clicked" },
  { field: "referralSubmitted", label: "Referral sent" },
];

// All open lists: the API documents none of these values. Search text is free text, so it is matched with contains.
export const searchFilters = defineFilters({
  keywordSearchText: text("Search text"),
  keywordCountry: list("Searched country"),
  keywordIndustryFocus: list("Industry"),
  keywordProduct: list("Product"),
  partnerMarket: list("Listing market"),
});
export type SearchView = ViewState<typeof searchFilters>;

export const searchSchema = {
  filters: searchFilters,
  columns: searchGridColumns.map((column) => column.field),
};
