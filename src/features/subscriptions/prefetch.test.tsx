import { configure } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { mockApiServer } from "../../testing/mock-api.ts";
import { prefetchThenRender } from "../../testing/prefetch-then-render.tsx";
import { prefetchSubscriptions } from "./prefetch.ts";
import { SubscriptionsPage } from "./subscriptions-page.tsx";

configure({ asyncUtilTimeout: 10_000 });
mockApiServer();

describe("the subscriptions page's prefetch", () => {
  test.each([
    ["the default view", ""],
    [
      "a range, a comparison, a grain, a drill-down and a grid sort",
      "range=2026-01-01..2026-03-31&compare=year&grain=week&status=ACTIVE&customerMarket=US&sort=customerName.desc",
    ],
    ["no comparison, a product and a customer", "compare=none&productName=Azure%20plan&customerName=contoso"],
  ])("asks for exactly the queries the page then reads, once each: %s", async (_, search) => {
    const { asked, sent } = await prefetchThenRender(
      prefetchSubscriptions,
      <SubscriptionsPage />,
      "/subscriptions",
      search,
    );
    // Four queries over the range and the comparison, five over the range, the two facets, the grid's count.
    expect(asked).toHaveLength(search.includes("compare=none") ? 12 : 16);
    // Not one query more than the prefetch made, and none fetched twice: the page found them on the way.
    expect(sent.map((q) => q.hash).sort()).toEqual([...asked].sort());
    expect(sent.map((q) => q.fetches)).toEqual(sent.map(() => 1));
  });
});
