import { delay, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { failure, fault, ok, testClient, setupApiServer } from "../testing/api-server.ts";

const { answer } = setupApiServer();

describe("retry rules", () => {
  test("429 waits Retry-After seconds, then retries with the same MS-RequestId", async () => {
    const requests = answer([
      () =>
        HttpResponse.json(
          { statusCode: 429, message: "Rate limit is exceeded." },
          { status: 429, headers: { "Retry-After": "7" } },
        ),
      ok,
    ]);
    const { client, sleeps } = testClient();
    expect((await client.getPage("referrals")).rows).toHaveLength(1);
    expect(sleeps).toEqual([7000]);
    const [first, retry] = requests.map((r) => r.headers.get("MS-RequestId"));
    expect(retry).toBe(first);
  });

  test("a Retry-After beyond maxRetryAfterSeconds is not waited out: one request, and when to try again", async () => {
    const requests = answer([
      () =>
        HttpResponse.json(
          { statusCode: 429, message: "Try again in 3600 seconds." },
          { status: 429, headers: { "Retry-After": "3600" } },
        ),
    ]);
    const { client, sleeps } = testClient({ retry: { maxRetryAfterSeconds: 60 } });
    const before = Date.now();
    const error = await failure(client.getPage("referrals"));
    expect(sleeps).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(error).toMatchObject({
      kind: "throttled",
      status: 429,
      retryAfterSeconds: 3600,
      description: "Try again in 3600 seconds.",
    });
    expect(error.retryAt!.getTime() - before).toBeGreaterThanOrEqual(3_600_000);
    expect(error.message).toMatch(
      /^referrals: Partner Center is limiting the number of requests \(HTTP 429\): try again at \d\d:\d\d \(in 60 min\), later than the dashboard waits by itself: Try again in 3600 seconds\.$/,
    );
  });

  test("a Retry-After within the cap is waited out, and the wait is reported", async () => {
    answer([() => new HttpResponse(null, { status: 429, headers: { "Retry-After": "45" } }), ok]);
    const waits: { reason: string; inMs: number }[] = [];
    const { client, sleeps } = testClient();
    await client.getPage(
      "referrals",
      {},
      {
        onRetry: ({ reason, at }) =>
          waits.push({ reason, inMs: Math.round((at - Date.now()) / 1000) * 1000 }),
      },
    );
    expect(sleeps).toEqual([45_000]);
    expect(waits).toEqual([{ reason: "throttled", inMs: 45_000 }]);
  });

  test("429 without Retry-After backs off exponentially", async () => {
    answer([
      () => new HttpResponse(null, { status: 429 }),
      () => new HttpResponse(null, { status: 429 }),
      ok,
    ]);
    const { client, sleeps } = testClient({ retry: { baseDelayMs: 100 } });
    await client.getPage("referrals");
    expect(sleeps).toEqual([100, 200]);
  });

  test.each([500, 503])(
    "%i is retried up to 3 attempts, then fails with the correlation id",
    async (status) => {
      const requests = answer([fault(status, "5000", "Internal error")]);
      const { client, sleeps } = testClient();
      const error = await failure(client.getPage("referrals"));
      expect(requests).toHaveLength(3);
      expect(sleeps).toEqual([500, 1000]);
      expect(new Set(requests.map((r) => r.headers.get("MS-RequestId"))).size).toBe(1);
      expect(error).toMatchObject({
        kind: "server",
        status,
        code: "5000",
        description: "Internal error",
        source: "PartnerCenter",
      });
      expect(error.correlationId).toBe(requests[0]?.headers.get("MS-CorrelationId"));
      expect(error.message).toBe(
        `referrals: Partner Center could not answer (HTTP ${status}): Internal error`,
      );
    },
  );

  test("503 then success", async () => {
    answer([fault(503, "x", "busy"), ok]);
    expect((await testClient().client.getPage("referrals")).rows[0]?.id).toBe("1");
  });

  test("a network error is retried", async () => {
    const requests = answer([() => HttpResponse.error(), ok]);
    const { client, sleeps } = testClient();
    await client.getPage("referrals");
    expect(requests).toHaveLength(2);
    expect(sleeps).toEqual([500]);
  });

  test("network errors on every attempt end as kind network", async () => {
    answer([() => HttpResponse.error()]);
    expect(await failure(testClient().client.getPage("referrals"))).toMatchObject({
      kind: "network",
      status: null,
    });
  });

  test("a timeout aborts the attempt and is retried like a network error", async () => {
    const requests = answer([
      async () => {
        await delay(5_000);
        return ok();
      },
      ok,
    ]);
    const { client, sleeps } = testClient({ timeoutMs: 500 });
    await client.getPage("referrals");
    expect(requests).toHaveLength(2);
    expect(sleeps).toEqual([500]);
    answer([
      async () => {
        await delay(5_000);
        return ok();
      },
    ]);
    const error = await failure(
      testClient({ timeoutMs: 20, retry: { maxAttempts: 2 } }).client.getPage("referrals"),
    );
    expect(error).toMatchObject({ kind: "timeout" });
    expect(error.message).toBe("referrals: Partner Center did not answer within 0.02 s");
  });

  test.each([
    [400, "bad-request", "Partner Center rejected the request"],
    [403, "forbidden", "your account may not read this data"],
    [404, "not-found", "Partner Center does not know this resource"],
    [409, "bad-request", "Partner Center rejected the request"],
  ])("%i is not retried (kind %s)", async (status, kind, text) => {
    const requests = answer([fault(status, "2032", "Access denied")]);
    const { client, sleeps } = testClient();
    const error = await failure(client.getPage("referrals"));
    expect(requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(error).toMatchObject({
      kind,
      status,
      code: "2032",
      description: "Access denied",
      resource: "referrals",
    });
    expect(error.message).toBe(`referrals: ${text} (HTTP ${status}): Access denied`);
  });

  test("401 refreshes the token once and retries", async () => {
    const requests = answer([fault(401, "800001", "Partner Token missing in request context"), ok]);
    const { client, tokenRequests, sleeps } = testClient();
    await client.getPage("referrals");
    expect(tokenRequests).toEqual([false, true]);
    expect(requests.map((r) => r.headers.get("Authorization"))).toEqual([
      "Bearer token",
      "Bearer fresh-token",
    ]);
    expect(sleeps).toEqual([]);
  });

  test("a second 401 is final", async () => {
    const requests = answer([fault(401, "900421", "MFA required")]);
    const { client, tokenRequests } = testClient();
    const error = await failure(client.getPage("referrals"));
    expect(requests).toHaveLength(2);
    expect(tokenRequests).toEqual([false, true]);
    expect(error).toMatchObject({ kind: "unauthorized", status: 401, code: "900421" });
    expect(error.message).toBe(
      "referrals: Partner Center requires a sign-in with multi-factor authentication (HTTP 401): MFA required",
    );
  });

  test("a failing token provider is an unauthorized error that keeps the cause", async () => {
    const cause = new Error("interaction_required");
    const error = await failure(
      testClient({ getToken: () => Promise.reject(cause) }).client.getPage("referrals"),
    );
    expect(error).toMatchObject({ kind: "unauthorized", cause });
  });
});

describe("reading a body", () => {
  test("a body in chunks that split a character and start with a BOM reads as one UTF-8 text", async () => {
    const bytes = new TextEncoder().encode(
      '\uFEFF{"Value":[{"id":"Müller Société 株式会社"}],"@nextLink":null,"TotalCount":1}',
    );
    // Cut inside the two-byte ü and the three-byte 株: a decoder per chunk would garble both.
    const cuts = [0, 3, 22, 33, 45, bytes.length];
    answer([
      () =>
        new HttpResponse(
          new ReadableStream({
            start(controller) {
              for (let i = 1; i < cuts.length; i++) controller.enqueue(bytes.slice(cuts[i - 1], cuts[i]));
              controller.close();
            },
          }),
          { headers: { "Content-Type": "application/json" } },
        ),
    ]);
    const { client } = testClient();
    expect((await client.getPage("referrals")).rows.map((row) => row.id)).toEqual([
      "Müller Société 株式会社",
    ]);
  });
});
