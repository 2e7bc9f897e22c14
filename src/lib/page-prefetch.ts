import type { QueryClient } from "@tanstack/react-query";
import type { AnalyticsQueries } from "../api/queries.ts";

/** What a page needs to start its queries before its first render (routes.tsx, main.tsx). */
export interface PrefetchContext {
  queryClient: QueryClient;
  queries: AnalyticsQueries;
  /** The URL's search string without its `?`, as the page will read it. */
  search: string;
  today: string;
}
