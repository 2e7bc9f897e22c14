import { configure } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { mockApiServer } from "../../testing/mock-api.ts";
import { prefetchThenRender } from "../../testing/prefetch-then-render.tsx";
import { OverviewPage } from "./overview-page.tsx";
import { prefetchOverview } from "./prefetch.ts";

configure({ asyncUtilTimeout: 10_000 });
mockApiServer();

describe("the overview's prefetch", () => {
  test.each([
    ["the default view", ""],
    [
      "a range, a comparison, a grain and markets",
      "range=2026-01-01..2026-03-31&compare=year&grain=week&customerMarket=US&customerMarket=DE",
    ],
    ["no comparison", "compare=none"],
  ])("asks for exactly the queries the page then reads, once each: %s", async (_, search) => {
    const { asked, sent } = await prefetchThenRender(prefetchOverview, <OverviewPage />, "/", search);
    // Tiles that read the same grouped query (new subscriptions and their licences) share it.
    expect(asked.length).toBeGreaterThanOrEqual(search.includes("compare=none") ? 5 : 10);
    // Not one query more than the prefetch made, and none fetched twice: the page found them on the way.
    expect(sent.map((q) => q.hash).sort()).toEqual([...asked].sort());
    expect(sent.map((q) => q.fetches)).toEqual(sent.map(() => 1));
  });
});
