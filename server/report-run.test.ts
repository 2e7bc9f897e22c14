import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";
import { readConfig } from "./config.ts";
import { REPORT_RUN_HEADER } from "./report-run.ts";

// A report run's loopback server: only the run's browser gets in, and the relay sends the command's token.
const upstream = Fastify();
const seen: (string | undefined)[] = [];
upstream.get("/partner/v1/analytics/*", async (request) => {
  seen.push(request.headers.authorization);
  return { Value: [], TotalCount: 0 };
});
let app: ReturnType<typeof buildApp>;

beforeAll(async () => {
  await upstream.listen({ port: 0, host: "127.0.0.1" });
  const { port } = upstream.server.address() as { port: number };
  const config = readConfig({
    IDENTITY_PROVIDER: "entra",
    AUTH_CLIENT_ID: "client",
    UPSTREAM: `http://127.0.0.1:${port}`,
    TLS: "off",
    LOG: "off",
  });
  app = buildApp(config, {
    reportRun: {
      secret: "s3cret-of-this-run",
      bearer: async () => "token-from-msal",
      tenantId: "72f988bf-0000-4000-8000-000000000001",
    },
  });
});
afterAll(async () => {
  await app.close();
  await upstream.close();
});

describe("a report run's server", () => {
  it.each([
    ["no secret", {}],
    ["another secret", { [REPORT_RUN_HEADER]: "s3cret-of-another" }],
    ["a secret of another length", { [REPORT_RUN_HEADER]: "s3cret" }],
  ])("refuses every request with %s", async (_name, headers) => {
    for (const url of ["/config.json", "/pc/partner/v1/analytics/subscriptions", "/", "/healthz"]) {
      const response = await app.inject({ url, headers });
      expect(response.statusCode, url).toBe(403);
      expect(response.json()).toMatchObject({ code: "NotThisReportRun" });
    }
    expect(seen).toEqual([]);
  });

  it("tells the page to skip sign-in and the tenant of the command's sign-in, and relays with the command's token instead of the page's", async () => {
    const headers = { [REPORT_RUN_HEADER]: "s3cret-of-this-run" };
    const config = await app.inject({ url: "/config.json", headers });
    expect(config.json()).toMatchObject({
      reportRun: true,
      reportTenant: "72f988bf-0000-4000-8000-000000000001",
      demo: false,
    });
    const response = await app.inject({
      url: "/pc/partner/v1/analytics/subscriptions",
      headers: { ...headers, authorization: "Bearer held-by-the-report-relay" },
    });
    expect(response.statusCode).toBe(200);
    expect(seen).toEqual(["Bearer token-from-msal"]);
  });
});
