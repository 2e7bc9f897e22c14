import { screen, waitFor } from "@testing-library/react";
import type { ReactElement } from "react";
import { expect } from "vitest";
import { createPartnerCenterClient } from "../api/client.ts";
import { analyticsQueries } from "../api/queries.ts";
import { createQueryClient } from "../api/query-client.ts";
import { createWaitBoard } from "../api/waits.ts";
import { todayUtc } from "../lib/date-range.ts";
import type { PrefetchContext } from "../lib/page-prefetch.ts";
import { renderPage } from "./render-page.tsx";
import { TEST_BASE_URL } from "./mock-api.ts";

const client = createPartnerCenterClient({ baseUrl: TEST_BASE_URL, getToken: async () => "test-token" });
const queries = analyticsQueries(client, createWaitBoard());

/**
 * Runs a page's prefetch for `search`, then renders the page on that URL (needs `mockApiServer()`): what the
 * prefetch asked for, and each query the page then sent with how many times it was fetched.
 */
export async function prefetchThenRender(
  prefetch: (context: PrefetchContext) => void,
  page: ReactElement,
  path: string,
  search: string,
) {
  const queryClient = createQueryClient();
  prefetch({ queryClient, queries, search, today: todayUtc() });
  const asked = queryClient
    .getQueryCache()
    .getAll()
    .map((q) => q.queryHash);
  renderPage(page, `${path}?${search}`, queryClient);
  await screen.findAllByRole("heading", { level: 1 });
  await waitFor(() => expect(queryClient.isFetching()).toBe(0));
  // A placeholder for a query that is off (no comparison) is never sent (skipToken): only sent queries count.
  const sent = queryClient
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.dataUpdateCount + q.state.errorUpdateCount > 0)
    .map((q) => ({ hash: q.queryHash, fetches: q.state.dataUpdateCount + q.state.errorUpdateCount }));
  return { asked, sent };
}
