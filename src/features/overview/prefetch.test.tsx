import { configure, screen, waitFor } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { createPartnerCenterClient } from "../../api/client.ts";
import { analyticsQueries } from "../../api/queries.ts";
import { createQueryClient } from "../../api/query-client.ts";
import { createWaitBoard } from "../../api/waits.ts";
import { todayUtc } from "../../lib/date-range.ts";
import { mockApiServer, TEST_BASE_URL } from "../../testing/mock-api.ts";
import { renderPage } from "../../testing/render-page.tsx";
import { OverviewPage } from "./overview-page.tsx";
import { prefetchOverview } from "./prefetch.ts";

configure({ asyncUtilTimeout: 10_000 });
mockApiServer();

const client = createPartnerCenterClient({ baseUrl: TEST_BASE_URL, getToken: async () => "test-token" });
const queries = analyticsQueries(client, createWaitBoard());

describe("the overview's prefetch", () => {
  test.each([
    ["the default view", ""],
    [
      "a range, a comparison, a grain and markets",
      "range=2026-01-01..2026-03-31&compare=year&grain=week&customerMarket=US&customerMarket=DE",
    ],
    ["no comparison", "compare=none"],
  ])("asks for exactly the queries the page then reads, once each: %s", async (_, search) => {
    const queryClient = createQueryClient();
    prefetchOverview({ queryClient, queries, search, today: todayUtc() });
    const asked = queryClient
      .getQueryCache()
      .getAll()
      .map((q) => q.queryHash);
    // Tiles that read the same grouped query (new subscriptions and their licences) share it.
    expect(asked.length).toBeGreaterThanOrEqual(search.includes("compare=none") ? 5 : 10);

    renderPage(<OverviewPage />, `/?${search}`, queryClient);
    await screen.findAllByRole("heading", { level: 3 });
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    // The page's placeholder for a comparison that is off is never sent (skipToken): only sent queries count.
    const sent = queryClient
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.dataUpdateCount + q.state.errorUpdateCount > 0);
    // Not one query more than the prefetch made, and none fetched twice: the page found them on the way.
    expect(sent.map((q) => q.queryHash).sort()).toEqual([...asked].sort());
    expect(sent.map((q) => q.state.dataUpdateCount + q.state.errorUpdateCount)).toEqual(sent.map(() => 1));
  });
});
