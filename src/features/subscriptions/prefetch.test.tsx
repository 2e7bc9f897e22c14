import { configure, screen, waitFor } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { createPartnerCenterClient } from "../../api/client.ts";
import { analyticsQueries } from "../../api/queries.ts";
import { createQueryClient } from "../../api/query-client.ts";
import { createWaitBoard } from "../../api/waits.ts";
import { todayUtc } from "../../lib/date-range.ts";
import { mockApiServer, TEST_BASE_URL } from "../../testing/mock-api.ts";
import { renderPage } from "../../testing/render-page.tsx";
import { SubscriptionsPage } from "./subscriptions-page.tsx";
import { prefetchSubscriptions } from "./prefetch.ts";

configure({ asyncUtilTimeout: 10_000 });
mockApiServer();

const client = createPartnerCenterClient({ baseUrl: TEST_BASE_URL, getToken: async () => "test-token" });
const queries = analyticsQueries(client, createWaitBoard());

describe("the subscriptions page's prefetch", () => {
  test.each([
    ["the default view", ""],
    [
      "a range, a comparison, a grain, a drill-down and a grid sort",
      "range=2026-01-01..2026-03-31&compare=year&grain=week&status=ACTIVE&customerMarket=US&sort=customerName.desc",
    ],
    ["no comparison, a product and a customer", "compare=none&productName=Azure%20plan&customerName=contoso"],
  ])("asks for exactly the queries the page then reads, once each: %s", async (_, search) => {
    const queryClient = createQueryClient();
    prefetchSubscriptions({ queryClient, queries, search, today: todayUtc() });
    const asked = queryClient
      .getQueryCache()
      .getAll()
      .map((q) => q.queryHash);
    expect(asked.length).toBe(search.includes("compare=none") ? 12 : 16);

    renderPage(<SubscriptionsPage />, `/subscriptions?${search}`, queryClient);
    await screen.findAllByRole("heading", { level: 2 });
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
