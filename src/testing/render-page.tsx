import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { ApiProvider } from "../api/api-context.tsx";
import { createPartnerCenterClient } from "../api/client.ts";
import { analyticsQueries } from "../api/queries.ts";
import { TEST_BASE_URL } from "./mock-api.ts";

/** Renders a page as the app does (query client, API client, router at `url`), without sign-in. */
export function renderPage(page: ReactElement, url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  const client = createPartnerCenterClient({
    baseUrl: TEST_BASE_URL,
    getToken: async () => "test-token",
    sleep: async () => undefined,
  });
  const location = memoryLocation({ path: url, record: true });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <ApiProvider value={{ client, queries: analyticsQueries(client) }}>
        <Router hook={location.hook} searchHook={location.searchHook}>
          {page}
        </Router>
      </ApiProvider>
    </QueryClientProvider>,
  );
  return { ...view, location, queryClient };
}
