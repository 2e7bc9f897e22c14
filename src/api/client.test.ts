import { delay, http, HttpResponse } from "msw";
import { describe, expect, expectTypeOf, test } from "vitest";
import type { Page } from "./paging.ts";
import type { AnalyticsQuery } from "./query.ts";
import type { GroupedRow, Row } from "./resources.ts";
import {
  endpoint,
  envelope,
  failure,
  fault,
  ok,
  signal,
  testClient,
  setupApiServer,
} from "../testing/api-server.ts";

const { server, answer } = setupApiServer();
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("requests", () => {
  test("send the documented headers; fresh ids per call", async () => {
    const requests = answer([ok]);
    const { client } = testClient({ locale: "de-DE" });
    const first = await client.getPage("referrals", { top: 1 });
    await client.getPage("referrals");
    const [a, b] = requests as [Request, Request];
    expect(a.url).toBe(`${endpoint("referrals")}?top=1`);
    expect(a.headers.get("Authorization")).toBe("Bearer token");
    expect(a.headers.get("Accept")).toBe("application/json");
    expect(a.headers.get("X-Locale")).toBe("de-DE");
    expect(a.headers.get("MS-RequestId")).toMatch(GUID);
    expect(a.headers.get("MS-CorrelationId")).toMatch(GUID);
    expect(first).toMatchObject({
      requestId: a.headers.get("MS-RequestId"),
      correlationId: a.headers.get("MS-CorrelationId"),
    });
    expect(b.headers.get("MS-RequestId")).not.toBe(a.headers.get("MS-RequestId"));
    expect(b.headers.get("MS-CorrelationId")).not.toBe(a.headers.get("MS-CorrelationId"));
  });

  test("no X-Locale unless configured", async () => {
    const requests = answer([ok]);
    await testClient().client.getPage("referrals");
    expect(requests[0]?.headers.has("X-Locale")).toBe(false);
  });
});

test("the query's groupby decides the row type", () => {
  const { client } = testClient();
  // Wrapped in functions that are never called: only the types are under test.
  expectTypeOf(() =>
    client.getPage("subscriptions", { groupby: ["status"], aggregationLevel: "month" }),
  ).returns.resolves.toEqualTypeOf<Page<GroupedRow<"subscriptions">>>();
  expectTypeOf(() => client.getPage("subscriptions", { top: 10 })).returns.resolves.toEqualTypeOf<
    Page<Row<"subscriptions">>
  >();
  expectTypeOf(() => client.readAll("search"))
    .returns.resolves.toHaveProperty("rows")
    .toEqualTypeOf<Row<"search">[]>();
  const untyped: AnalyticsQuery<"subscriptions"> = {};
  // @ts-expect-error: a query that may or may not be grouped has no single row type
  expectTypeOf(() => client.getPage("subscriptions", untyped)).toBeFunction();
  // @ts-expect-error: aggregationLevel needs groupby
  expectTypeOf(() => client.getPage("subscriptions", { aggregationLevel: "day" })).toBeFunction();
});

describe("error bodies", () => {
  test.each([
    [
      "an HTML error page",
      502,
      "<html><body>Bad gateway</body></html>",
      "referrals: Partner Center could not answer (HTTP 502)",
    ],
    [
      "plain text",
      400,
      "filter: unknown field",
      "referrals: Partner Center rejected the request (HTTP 400): filter: unknown field",
    ],
    ["no body", 403, "", "referrals: your account may not read this data (HTTP 403)"],
    ["unexpected JSON", 400, "[1,2]", "referrals: Partner Center rejected the request (HTTP 400)"],
  ])("%s still gives a clear error", async (_, status, body, message) => {
    answer([() => new HttpResponse(body, { status })]);
    const error = await failure(testClient({ retry: { maxAttempts: 1 } }).client.getPage("referrals"));
    expect(error.message).toBe(message);
  });

  test("a malformed 200 body is an invalid-response error naming resource and field, not retried", async () => {
    const requests = answer(
      [() => HttpResponse.json(envelope([{ licenseCount: 1 }, { licenseCount: "many" }]))],
      "subscriptions",
    );
    const error = await failure(testClient().client.getPage("subscriptions"));
    expect(requests).toHaveLength(1);
    expect(error).toMatchObject({ kind: "invalid-response", status: 200 });
    expect(error.message).toBe('subscriptions: Value[1].licenseCount: expected a number, got "many"');
  });
});

describe("abort", () => {
  test("cancels the in-flight request", async () => {
    const { promise: aborted, resolve: onAbort } = signal();
    const { promise: started, resolve: onStart } = signal();
    server.use(
      http.get(endpoint("referrals"), async ({ request }) => {
        request.signal.addEventListener("abort", () => onAbort());
        onStart();
        await delay("infinite");
        return ok();
      }),
    );
    const controller = new AbortController();
    const pending = testClient().client.getPage("referrals", {}, { signal: controller.signal });
    await started;
    controller.abort();
    expect(await failure(pending)).toMatchObject({
      kind: "aborted",
      message: "referrals: the request was cancelled",
    });
    await aborted;
  });

  test("cancels a retry wait, even when the injected sleep ignores the signal", async () => {
    const requests = answer([fault(503, "x", "busy")]);
    const controller = new AbortController();
    const { client } = testClient({ sleep: () => new Promise<void>(() => controller.abort()) });
    expect(await failure(client.getPage("referrals", {}, { signal: controller.signal }))).toMatchObject({
      kind: "aborted",
    });
    expect(requests).toHaveLength(1);
  });
});
