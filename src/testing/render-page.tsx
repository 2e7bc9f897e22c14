import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { ApiProvider } from "../api/api-context.tsx";
import { createPartnerCenterClient } from "../api/client.ts";
import { analyticsQueries } from "../api/queries.ts";
import { createQueryClient } from "../api/query-client.ts";
import { createWaitBoard } from "../api/waits.ts";
import type { PartnerCenterClientOptions } from "../api/client.ts";
import { TEST_BASE_URL } from "./mock-api.ts";

/**
 * Renders a page as the app does (query client, API client, router at `url`), without sign-in. The query client
 * has the app's own defaults (stale time, no second retry layer, network mode), so tests see what users get.
 * `api` changes the client (e.g. real waits between retries) and when waits are mentioned.
 */
export function renderPage(
  page: ReactElement,
  url: string,
  queryClient = createQueryClient(),
  api: { client?: Partial<PartnerCenterClientOptions>; noticeAfterMs?: number } = {},
) {
  const client = createPartnerCenterClient({
    baseUrl: TEST_BASE_URL,
    getToken: async () => "test-token",
    sleep: async () => undefined,
    ...api.client,
  });
  const waits = createWaitBoard({ noticeAfterMs: api.noticeAfterMs });
  const location = memoryLocation({ path: url, record: true });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <ApiProvider value={{ client, queries: analyticsQueries(client, waits), waits }}>
        <Router hook={location.hook} searchHook={location.searchHook}>
          {page}
        </Router>
      </ApiProvider>
    </QueryClientProvider>,
  );
  return { ...view, location, queryClient, waits };
}
