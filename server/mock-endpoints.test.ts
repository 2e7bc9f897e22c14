import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { FaultController } from "../mock/http/faults.ts";
import { createDevIdentityProvider } from "../mock/idp/dev-idp.ts";
import { buildApp } from "./app.ts";
import { readConfig } from "./config.ts";

// Issue 17: with MOCK_FAULTS=on, a page on any site could sign everyone out (POST /__mock/restart-idp) or break the
// API (PUT /__mock/faults) with a form or a `text/plain` fetch, which need no CORS preflight.
const config = readConfig({ LOG: "off", DIST_DIR: "does-not-exist", MOCK_FAULTS: "on" });
const faults = new FaultController();
let app: FastifyInstance;
let restarts = 0;

beforeAll(async () => {
  const idp = await createDevIdentityProvider(config.publicOrigin, [config.publicOrigin]);
  const restart = idp.restart;
  idp.restart = async () => {
    restarts += 1;
    await restart();
  };
  app = buildApp(config, { idp, faults });
});

const RULES = JSON.stringify([{ status: 503 }]);
const endpoints = [
  { method: "POST", url: "/__mock/restart-idp", payload: "" },
  { method: "PUT", url: "/__mock/faults", payload: RULES },
] as const;

const crossSite: [string, Record<string, string>][] = [
  ["another origin", { origin: "https://evil.example" }],
  ["another port of this host", { origin: "https://localhost:9999" }],
  ["the same host over http", { origin: "http://localhost:8443" }],
  ["an opaque origin (sandboxed frame, file:)", { origin: "null" }],
  ["a cross-site fetch (Sec-Fetch-Site)", { "sec-fetch-site": "cross-site" }],
  ["a same-site sibling (Sec-Fetch-Site)", { "sec-fetch-site": "same-site" }],
  [
    "this origin claimed by Origin but cross-site by Sec-Fetch-Site",
    { origin: "https://localhost:8443", "sec-fetch-site": "cross-site" },
  ],
];

describe("the test-only endpoints (MOCK_FAULTS=on)", () => {
  for (const { method, url, payload } of endpoints) {
    it.each(crossSite)(
      `refuse ${method} ${url} from %s with 403, text/plain included`,
      async (_name, headers) => {
        faults.set([]);
        const before = restarts;
        for (const contentType of ["text/plain", "application/json", "application/x-www-form-urlencoded"]) {
          const response = await app.inject({
            method,
            url,
            payload,
            headers: { "content-type": contentType, ...headers },
          });
          expect(response.statusCode, contentType).toBe(403);
          expect(response.json()).toMatchObject({ code: "CrossSiteRequest", source: "dashboard" });
          expect(response.headers["x-content-type-options"]).toBe("nosniff");
        }
        expect(restarts).toBe(before);
        expect(faults.list()).toEqual([]);
      },
    );

    it(`accept ${method} ${url} from this origin and from tools that send no Origin`, async () => {
      for (const headers of [
        {},
        { origin: config.publicOrigin, "sec-fetch-site": "same-origin" },
        { origin: config.publicOrigin },
      ]) {
        const response = await app.inject({
          method,
          url,
          payload,
          headers: { ...(payload ? { "content-type": "application/json" } : {}), ...headers },
        });
        expect(response.statusCode, JSON.stringify(headers)).toBe(200);
      }
      faults.set([]);
    });
  }

  it("are absent without MOCK_FAULTS=on", async () => {
    const plain = buildApp(readConfig({ LOG: "off", DIST_DIR: "does-not-exist" }));
    expect((await plain.inject({ method: "PUT", url: "/__mock/faults", payload: RULES })).statusCode).toBe(
      404,
    );
    expect((await plain.inject({ method: "POST", url: "/__mock/restart-idp" })).statusCode).toBe(404);
  });
});
