import { delay, http, HttpResponse } from "msw";
import { describe, expect, expectTypeOf, test } from "vitest";
import type { Page, ReadAllResult } from "./paging.ts";
import { analyticsQueries } from "./queries.ts";
import { createQueryClient } from "./query-client.ts";
import { createWaitBoard } from "./waits.ts";
import { resourceNames } from "./resources.ts";
import type { GroupedRow, Row } from "./resources.ts";
import { endpoint, envelope, signal, testClient, setupApiServer } from "../testing/api-server.ts";

const { server } = setupApiServer();
const queries = analyticsQueries(testClient().client, createWaitBoard());

describe("analyticsQueries", () => {
  test("one factory per resource, keys generic to specific", () => {
    expect(Object.keys(queries)).toEqual(resourceNames);
    expect(queries.subscriptions.all()).toEqual(["pc", "subscriptions"]);
    expect(queries.subscriptions.grouped({ groupby: ["subscriptionType"] }).queryKey).toEqual([
      "pc",
      "subscriptions",
      "grouped",
      "groupby=subscriptionType",
    ]);
    expect(queries["usage/azure"].rows({ top: 100 }).queryKey).toEqual([
      "pc",
      "usage/azure",
      "rows",
      "top=100",
    ]);
    expect(queries.referrals.rows().queryKey).toEqual(["pc", "referrals", "rows", ""]);
    expect(
      queries.search.grouped({ groupby: ["searchDate"], aggregationLevel: "week" }).structuralSharing,
    ).toBe(false);
  });

  test("data types follow the resource and the query shape", () => {
    expectTypeOf(
      queries.subscriptions.grouped({ groupby: ["status"] }).queryFn,
    ).returns.resolves.toEqualTypeOf<ReadAllResult<GroupedRow<"subscriptions">>>();
    expectTypeOf(queries.indirectresellers.rows().queryFn).returns.resolves.toEqualTypeOf<
      Page<Row<"indirectresellers">>
    >();
    // @ts-expect-error: meterCategory is a usage field (and an invalid query fails when its options are made)
    expect(() => queries.subscriptions.grouped({ groupby: ["meterCategory"] })).toThrow(
      "meterCategory cannot be used in groupby",
    );
  });

  test("fetches through the client and caches by key", async () => {
    let calls = 0;
    server.use(
      http.get(endpoint("subscriptions"), () => {
        calls += 1;
        return HttpResponse.json(envelope([{ status: "ACTIVE", subscriptionCount: "3", licenseCount: "9" }]));
      }),
    );
    const queryClient = createQueryClient();
    const options = queries.subscriptions.grouped({ groupby: ["status"] });
    const result = await queryClient.fetchQuery(options);
    expect(result.rows).toEqual([{ status: "ACTIVE", subscriptionCount: 3, licenseCount: 9 }]);
    await queryClient.fetchQuery(queries.subscriptions.grouped({ groupby: ["status"] }));
    expect(calls).toBe(1);
    expect(queryClient.getQueryData(options.queryKey)?.totalCount).toBe(1);
  });

  test("React Query's AbortSignal reaches the request", async () => {
    const { promise: aborted, resolve: onAbort } = signal();
    const { promise: started, resolve: onStart } = signal();
    server.use(
      http.get(endpoint("referrals"), async ({ request }) => {
        request.signal.addEventListener("abort", () => onAbort());
        onStart();
        await delay("infinite");
        return HttpResponse.json(envelope([]));
      }),
    );
    const queryClient = createQueryClient();
    void queryClient.prefetchQuery(queries.referrals.rows());
    await started;
    await queryClient.cancelQueries({ queryKey: queries.referrals.all() });
    await aborted;
  });
});

test("createQueryClient defaults", () => {
  const defaults = createQueryClient().getDefaultOptions().queries;
  expect(defaults).toMatchObject({
    staleTime: 300_000,
    gcTime: 600_000,
    retry: false,
    refetchOnWindowFocus: false,
  });
});
