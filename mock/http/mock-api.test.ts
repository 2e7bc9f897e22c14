import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { datasetFromRows } from "../dataset/dataset-from-rows.ts";
import { FaultController } from "./faults.ts";
import { inThreadEngine } from "./answer-query.ts";
import { createMockApi } from "./mock-api.ts";
import { createTokenCheck, PARTNER_CENTER_AUDIENCE } from "./token-check.ts";

const ISSUER = "https://localhost:8443/idp";
let signRaw: (claims: Record<string, unknown>) => Promise<string>;
let sign: (
  claims: Record<string, unknown>,
  options?: { expiresIn?: string; audience?: string; issuer?: string },
) => Promise<string>;
let app: ReturnType<typeof createMockApi>;
const faults = new FaultController();

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256" };
  // Exactly the given claims (undefined ones left out), with the right issuer and audience.
  signRaw = (claims) =>
    new SignJWT(Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined)))
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setIssuer(ISSUER)
      .setAudience(PARTNER_CENTER_AUDIENCE)
      .setIssuedAt()
      .sign(privateKey);
  sign = (claims, options = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? PARTNER_CENTER_AUDIENCE)
      .setSubject("alex")
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? "1h")
      .sign(privateKey);
  const dataset = datasetFromRows({
    subscriptions: [
      {
        id: "s1",
        status: "ACTIVE",
        subscriptionType: "Office",
        customerMarket: "US",
        licenseCount: 3,
        creationDate: "2026-01-05T10:00:00",
      },
      {
        id: "s2",
        status: "SUSPENDED",
        subscriptionType: "Azure",
        customerMarket: "DE",
        licenseCount: 0,
        creationDate: "2026-02-05T10:00:00",
      },
    ],
  });
  app = createMockApi({
    query: inThreadEngine(dataset),
    faults,
    checkToken: createTokenCheck({ issuer: ISSUER, jwks: { keys: [jwk] } }),
  });
});

const good = { scope: `${PARTNER_CENTER_AUDIENCE}/user_impersonation`, amr: ["pwd", "mfa"] };
const get = async (url: string, token?: string, headers: Record<string, string> = {}) =>
  app.inject({
    method: "GET",
    url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });

describe("the mock validates tokens like a resource server", () => {
  it("answers a valid delegated token with the documented envelope, echoing the request ids", async () => {
    const response = await get("/partner/v1/analytics/subscriptions?groupby=status", await sign(good), {
      "MS-RequestId": "r-1",
      "MS-CorrelationId": "c-1",
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["ms-requestid"]).toBe("r-1");
    expect(response.headers["ms-correlationid"]).toBe("c-1");
    expect(response.json()).toMatchObject({ TotalCount: 2, "@nextLink": null });
  });

  it.each([
    ["no token", undefined, 401, "800001"],
    [
      "a token for another audience",
      async () => sign(good, { audience: "https://graph.microsoft.com" }),
      401,
      "400",
    ],
    ["a token from another issuer", async () => sign(good, { issuer: "https://evil.example" }), 401, "400"],
    ["an expired token", async () => sign(good, { expiresIn: "-1m" }), 401, "400"],
    ["an app-only token without the delegated scope", async () => sign({ amr: ["mfa"] }), 403, "2032"],
    ["a token without MFA", async () => sign({ scope: good.scope, amr: ["pwd"] }), 401, "900421"],
    ["a token with a bad signature", async () => `${(await sign(good)).slice(0, -4)}AAAA`, 401, "400"],
  ])("refuses %s", async (_name, token, status, code) => {
    const response = await get("/partner/v1/analytics/subscriptions", token ? await token() : undefined);
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code, source: expect.any(String), data: [] });
    expect(response.json().description.length).toBeGreaterThan(10);
  });

  // Signed with the right key, issuer and audience, each missing one claim a resource server requires or carrying
  // a scope of another API: only the signature and audience were checked.
  it.each([
    ["a token without exp (it would never expire)", { sub: "alex", exp: undefined }, 401, /"exp"/],
    ["a token without sub (no user)", { sub: undefined }, 401, /"sub"/],
    ["a token with an empty sub", { sub: "" }, 401, /"sub"/],
    [
      "a token for another API's user_impersonation",
      { scope: "https://graph.microsoft.com/user_impersonation" },
      403,
      /user_impersonation/,
    ],
    [
      "a token whose scope only ends like Partner Center's",
      { scope: "https://evil.example/api.partnercenter.microsoft.com/user_impersonation" },
      403,
      /user_impersonation/,
    ],
  ])("refuses %s", async (_name, claims, status, reason) => {
    const token = await signRaw({
      sub: "alex",
      exp: Math.floor(Date.now() / 1000) + 3600,
      ...good,
      ...claims,
    });
    const response = await get("/partner/v1/analytics/subscriptions", token);
    expect(response.statusCode).toBe(status);
    expect(response.json().description).toMatch(reason);
  });

  it.each([
    ["the full scope", `${PARTNER_CENTER_AUDIENCE}/user_impersonation`],
    ["Entra's short scp", "user_impersonation"],
  ])("accepts a delegated token with %s", async (_name, scope) => {
    const token = await signRaw({
      sub: "alex",
      exp: Math.floor(Date.now() / 1000) + 3600,
      amr: ["pwd", "mfa"],
      scp: scope,
    });
    expect((await get("/partner/v1/analytics/subscriptions", token)).statusCode).toBe(200);
  });

  it("answers 405 for every method but GET and 404 for an unknown resource", async () => {
    expect(
      (await app.inject({ method: "POST", url: "/partner/v1/analytics/subscriptions" })).statusCode,
    ).toBe(405);
    expect((await app.inject({ method: "DELETE", url: "/partner/v1/analytics/referrals" })).statusCode).toBe(
      405,
    );
    const unknown = await get("/partner/v1/analytics/customers", await sign(good));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().description).toContain("customers");
  });

  it("answers a malformed query with 400 naming the parameter", async () => {
    const response = await get("/partner/v1/analytics/subscriptions?top=0", await sign(good));
    expect(response.statusCode).toBe(400);
    expect(response.json().description).toMatch(/top/);
  });
});

describe("fault injection", () => {
  it("is off by default and applies rules only to matching requests, the given number of times", async () => {
    const token = await sign(good);
    expect((await get("/partner/v1/analytics/subscriptions", token)).statusCode).toBe(200);
    faults.set([{ resource: "subscriptions", status: 429, retryAfterSeconds: 7, times: 1 }]);
    expect((await get("/partner/v1/analytics/referrals", token)).statusCode).toBe(200);
    const throttled = await get("/partner/v1/analytics/subscriptions", token);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers["retry-after"]).toBe("7");
    expect((await get("/partner/v1/analytics/subscriptions", token)).statusCode).toBe(200);
    faults.set([{ malformed: "not-json" }]);
    const broken = await get("/partner/v1/analytics/subscriptions", token);
    expect(() => JSON.parse(broken.body)).toThrow();
    faults.set([{ skip: 1, status: 500 }]);
    expect((await get("/partner/v1/analytics/subscriptions?top=1", token)).statusCode).toBe(200);
    expect((await get("/partner/v1/analytics/subscriptions?top=1&skip=1", token)).statusCode).toBe(500);
    faults.set([]);
  });
});

describe("the mock sends an answer that is already bytes", () => {
  const page = { Value: [{ customerName: "Zoë Müller", quantity: 2 }], TotalCount: 1, "@nextLink": null };
  const bytes = Buffer.from(JSON.stringify(page));
  const bytesFaults = new FaultController();
  const bytesApi = createMockApi({ query: async () => ({ ok: true, json: bytes }), faults: bytesFaults });

  it("as JSON with its UTF-8 length, unchanged", async () => {
    const response = await bytesApi.inject({
      method: "GET",
      url: "/partner/v1/analytics/usage/azure?groupby=x",
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(Number(response.headers["content-length"])).toBe(bytes.length);
    expect(response.json()).toEqual(page);
  });

  it("and can still inject values of the wrong type into it", async () => {
    bytesFaults.set([{ malformed: "wrong-types" }]);
    const response = await bytesApi.inject({ method: "GET", url: "/partner/v1/analytics/usage/azure" });
    expect(response.json()).toMatchObject({
      TotalCount: "many",
      Value: [{ customerName: "Zoë Müller", quantity: "lots" }],
    });
  });
});
