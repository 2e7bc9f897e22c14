import type { GridColumn } from "../../components/data-grid/resource-grid.tsx";
import type { PageSchema } from "../../lib/view-state.ts";

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
export const searchSchema: PageSchema = {
  filters: [
    { param: "keywordSearchText", label: "Search text", kind: "text" },
    { param: "keywordCountry", label: "Searched country", kind: "list" },
    { param: "keywordIndustryFocus", label: "Industry", kind: "list" },
    { param: "keywordProduct", label: "Product", kind: "list" },
    { param: "partnerMarket", label: "Listing market", kind: "list" },
  ],
  columns: searchGridColumns.map((column) => column.field),
};
