import { createServer, request, type Server } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";
import { readConfig } from "./config.ts";
import { MAX_UPSTREAM_BODY, rejectReason } from "./proxy.ts";
import { listen, PROTOCOLS, send, testCertificate, type Protocol } from "./testing/both-protocols.ts";

// A raw page in small: the same field names in every row, as Partner Center sends them.
const ROWS_PAGE = JSON.stringify({
  Value: Array.from({ length: 2_000 }, (_, i) => ({
    subscriptionId: `sub-${i}`,
    customerName: `Customer ${i % 97}`,
    status: i % 5 ? "ACTIVE" : "SUSPENDED",
    licenseCount: i % 50,
  })),
  "@nextLink": null,
  TotalCount: 2_000,
});

// A stand-in upstream that records exactly what the relay sent it.
let upstream: Server;
let upstreamUrl: string;
const seen: { url: string; headers: Record<string, unknown> }[] = [];

beforeAll(async () => {
  upstream = createServer((req, res) => {
    seen.push({ url: req.url ?? "", headers: req.headers });
    if (req.url?.includes("slow")) return; // never answers: the relay's timeout must fire
    if (req.url?.includes("badgzip")) {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-encoding": "gzip" });
      return res.end("this is not gzip");
    }
    if (req.url?.includes("truncated")) {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": "5000" });
      return res.write('{"Value": [', () => res.destroy());
    }
    if (req.url?.includes("huge")) {
      // Chunked, no Content-Length: only counting what arrives can stop it.
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      const mib = Buffer.alloc(1024 * 1024, 32);
      let sent = 0;
      const more = () => {
        while (sent < 40 && res.write(mib)) sent++;
        if (sent < 40) res.once("drain", () => (sent++, more()));
        else res.end();
      };
      return more();
    }
    if (req.url?.includes("rows")) {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      return res.end(ROWS_PAGE);
    }
    if (req.url?.includes("stalls")) {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      return res.write('{"Value": [');
    }
    res.writeHead(req.url?.includes("fail") ? 503 : 200, {
      "content-type": "application/json; charset=utf-8",
      "ms-correlationid": "c-1",
      "set-cookie": "up=1",
    });
    res.end(JSON.stringify({ Value: [], "@nextLink": null, TotalCount: 0 }));
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(() => upstream.close());

const app = () =>
  buildApp({
    ...readConfig({ LOG: "off", TLS: "off", DIST_DIR: "does-not-exist" }),
    upstream: upstreamUrl,
    upstreamTimeoutMs: 300,
  });

// inject() normalises URLs the way a browser would; a raw request keeps `..` and `%2e%2e` as an attacker sends them.
async function rawGet(path: string): Promise<{ status: number; body: string }> {
  const server = app();
  await server.listen({ port: 0, host: "127.0.0.1" });
  const port = (server.server.address() as AddressInfo).port;
  try {
    return await new Promise((resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port, path, method: "GET", headers: { authorization: "Bearer abc" } },
        (res) => {
          let body = "";
          res.on("data", (chunk) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      req.end();
    });
  } finally {
    await server.close();
  }
}

describe("the /pc token relay", () => {
  it("relays analytics GETs with only the allow-listed headers, never cookies", async () => {
    seen.length = 0;
    const response = await app().inject({
      method: "GET",
      url: "/pc/partner/v1/analytics/subscriptions?groupby=status&filter=status%20eq%20%27ACTIVE%27",
      headers: {
        authorization: "Bearer abc",
        cookie: "session=secret",
        "ms-correlationid": "c-1",
        "x-forwarded-host": "evil.example",
        "x-custom": "1",
      },
    });
    expect(response.statusCode).toBe(200);
    expect(seen[0]!.url).toBe(
      "/partner/v1/analytics/subscriptions?groupby=status&filter=status%20eq%20%27ACTIVE%27",
    );
    expect(seen[0]!.headers.authorization).toBe("Bearer abc");
    expect(seen[0]!.headers["ms-correlationid"]).toBe("c-1");
    expect(seen[0]!.headers.cookie).toBeUndefined();
    expect(seen[0]!.headers["x-custom"]).toBeUndefined();
    expect(seen[0]!.headers["x-forwarded-host"]).toBeUndefined();
    expect(response.headers["set-cookie"]).toBeUndefined();
    expect(response.headers["ms-correlationid"]).toBe("c-1");
  });

  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["identity", undefined],
    ["", undefined],
    ["compress, x-unknown", undefined],
  ] as const)("answers Accept-Encoding %j with %s, the same JSON either way", async (accept, encoding) => {
    const response = await app().inject({
      method: "GET",
      url: "/pc/partner/v1/analytics/rows",
      headers: { authorization: "Bearer abc", "accept-encoding": accept },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe(encoding);
    // Relay answers are no-store, so no cache keeps one; Vary still says what chose the encoding.
    if (encoding) expect(response.headers.vary).toContain("accept-encoding");
    const bytes = response.rawPayload;
    const json =
      encoding === "br" ? brotliDecompressSync(bytes) : encoding === "gzip" ? gunzipSync(bytes) : bytes;
    expect(json.toString("utf8")).toBe(ROWS_PAGE);
    // What the compression is for: the repeated field names cost almost nothing on the wire.
    if (encoding) expect(bytes.length).toBeLessThan(ROWS_PAGE.length / 5);
  });

  it.each(["POST", "PUT", "DELETE", "PATCH"] as const)("refuses %s with 405", async (method) => {
    const response = await app().inject({ method, url: "/pc/partner/v1/analytics/subscriptions" });
    expect(response.statusCode).toBe(405);
    expect(response.json().description).toContain(method);
  });

  it("passes upstream errors through with their status and body", async () => {
    const response = await app().inject({ method: "GET", url: "/pc/partner/v1/analytics/fail" });
    expect(response.statusCode).toBe(503);
  });

  it("answers 502 instead of holding an upstream body larger than any analytics page", async () => {
    const response = await buildApp({
      ...readConfig({ LOG: "off", TLS: "off", DIST_DIR: "does-not-exist" }),
      upstream: upstreamUrl,
      upstreamTimeoutMs: 20_000,
    }).inject({ method: "GET", url: "/pc/partner/v1/analytics/huge" });
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ code: "UpstreamBodyTooLarge" });
    expect(response.json().description).toContain(`${MAX_UPSTREAM_BODY / 1024 / 1024} MiB`);
  });

  it("answers 504 when the upstream does not answer in time", async () => {
    const response = await app().inject({ method: "GET", url: "/pc/partner/v1/analytics/slow" });
    expect(response.statusCode).toBe(504);
    expect(response.json().code).toBe("UpstreamTimeout");
  });

  it.each([
    ["a body that is not the gzip it claims to be", "badgzip"],
    ["a body cut off before its announced length", "truncated"],
  ])("answers 502 with the relay's JSON error for %s", async (_name, path) => {
    const response = await app().inject({ method: "GET", url: `/pc/partner/v1/analytics/${path}` });
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({
      code: "UpstreamBodyUnreadable",
      data: [],
      source: "dashboard-proxy",
    });
    expect(response.json().description).toMatch(/Partner Center/);
    expect(response.headers["cache-control"]).toBe("no-store");
  });

  it("answers 504 when the upstream stops sending its body", async () => {
    const response = await app().inject({ method: "GET", url: "/pc/partner/v1/analytics/stalls" });
    expect(response.statusCode).toBe(504);
    expect(response.json().code).toBe("UpstreamTimeout");
  });

  it.each([
    ["/pc/v1/customers", "only /partner/v1/analytics/"],
    ["/pc/partner/v1/analytics/../../v1/customers", "dot segments"],
    ["/pc/partner/v1/analytics/%2e%2e/%2e%2e/v1/customers", "dot segments"],
    ["/pc/partner/v1/analytics/%2E%2E/x", "dot segments"],
    ["/pc/partner/v1/analytics/usage%2fazure", "encoded slashes"],
    ["/pc/partner/v1/analytics/usage%5Cazure", "encoded slashes"],
    ["/pc/partner/v1/analytics//evil.example/x", "empty path segments"],
    ["/pc/partner/v1/analytics/sub%73criptions", "percent-encoded"],
  ])("refuses %s (%s) over HTTP, on the raw request target", async (path, reason) => {
    seen.length = 0;
    const { status, body } = await rawGet(path);
    expect(status).toBe(400);
    expect(JSON.parse(body).description).toContain(reason);
    expect(seen).toHaveLength(0);
  });

  it("refuses an absolute-form request target naming another host", async () => {
    seen.length = 0;
    const { status } = await rawGet("http://evil.example/pc/partner/v1/analytics/subscriptions");
    expect([400, 404]).toContain(status);
    expect(seen).toHaveLength(0);
  });

  it("refuses absolute URLs and other hosts in the request target", () => {
    expect(rejectReason("http://evil.example/pc/partner/v1/analytics/subscriptions")).toMatch(
      /absolute URLs/,
    );
    expect(rejectReason("//evil.example/pc/partner/v1/analytics/subscriptions")).toMatch(/absolute URLs/);
    expect(rejectReason("/pc/partner/v1/analytics/subscriptions?x=1")).toBeNull();
  });
});

// Over TLS the server speaks HTTP/2 as well (issue 18): everything the relay refuses over HTTP/1.1 it refuses
// over HTTP/2, where the target is `:path`, the host `:authority`, and hop-by-hop headers do not exist.
describe.each(PROTOCOLS)("the relay over TLS, %s", (protocol: Protocol) => {
  let server: ReturnType<typeof buildApp>;
  let port: number;
  beforeAll(async () => {
    server = buildApp(
      {
        ...readConfig({ LOG: "off", DIST_DIR: "does-not-exist" }),
        upstream: upstreamUrl,
        upstreamTimeoutMs: 300,
      },
      { https: await testCertificate() },
    );
    port = await listen(server);
  });
  afterAll(() => server.close());
  const get = (target: string, headers: Record<string, string> = {}) =>
    send(port, protocol, { target, headers: { authorization: "Bearer abc", ...headers } });

  it("is spoken: ALPN agrees on it", async () => {
    expect((await get("/pc/partner/v1/analytics/subscriptions")).protocol).toBe(protocol);
  });

  it("relays analytics GETs with the allow-listed headers only: no cookie, no forwarded host, no Set-Cookie", async () => {
    seen.length = 0;
    const answer = await get("/pc/partner/v1/analytics/subscriptions?groupby=status", {
      cookie: "session=secret",
      "x-forwarded-host": "evil.example",
      "ms-correlationid": "c-1",
    });
    expect(answer.status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe("/partner/v1/analytics/subscriptions?groupby=status");
    expect(seen[0]!.headers.authorization).toBe("Bearer abc");
    expect(seen[0]!.headers.cookie).toBeUndefined();
    expect(seen[0]!.headers["x-forwarded-host"]).toBeUndefined();
    expect(answer.headers["set-cookie"]).toBeUndefined();
    expect(answer.headers["ms-correlationid"]).toBe("c-1");
    expect(answer.headers["content-security-policy"]).toContain("default-src 'self'");
  });

  it.each(["POST", "PUT", "DELETE", "PATCH"])("refuses %s with 405 and Allow: GET", async (method) => {
    seen.length = 0;
    const answer = await send(port, protocol, {
      method,
      target: "/pc/partner/v1/analytics/subscriptions",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe("GET");
    expect(seen).toHaveLength(0);
  });

  it.each([
    ["/pc/v1/customers", "only /partner/v1/analytics/"],
    ["/pc/partner/v1/analytics/../../v1/customers", "dot segments"],
    ["/pc/partner/v1/analytics/%2e%2e/%2e%2e/v1/customers", "dot segments"],
    ["/pc/partner/v1/analytics/usage%2fazure", "encoded slashes"],
    ["/pc/partner/v1/analytics/usage%5Cazure", "encoded slashes"],
    ["/pc/partner/v1/analytics//evil.example/x", "empty path segments"],
    ["/pc/partner/v1/analytics/sub%73criptions", "percent-encoded"],
    ["/pc/partner/v1/analytics/subscriptions%00", "percent-encoded"],
  ])("refuses %s (%s) on the raw target", async (target, reason) => {
    seen.length = 0;
    const answer = await get(target);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).description).toContain(reason);
    expect(seen).toHaveLength(0);
  });

  it("refuses absolute-form targets naming another host or this one", async () => {
    seen.length = 0;
    for (const target of [
      "https://evil.example/pc/partner/v1/analytics/subscriptions",
      `https://localhost:${port}/pc/partner/v1/analytics/subscriptions`,
    ]) {
      // HTTP/2 has no absolute form: the server's HTTP/2 layer resets such a stream before any route sees it.
      const answer = await get(target).then(
        (a) => String(a.status),
        (error: Error) => error.message,
      );
      expect(answer, target).toMatch(protocol === "h2" ? /NGHTTP2_PROTOCOL_ERROR/ : /^400$/);
    }
    expect(seen).toHaveLength(0);
  });

  it("refuses a request that names two hosts", async () => {
    seen.length = 0;
    const answer = await send(port, protocol, {
      target: "/pc/partner/v1/analytics/subscriptions",
      headers:
        protocol === "h2"
          ? { ":authority": `localhost:${port}`, host: "evil.example" }
          : { host: [`localhost:${port}`, "evil.example"] },
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).code).toBe("DuplicateHost");
    expect(seen).toHaveLength(0);
  });
});

describe("static files and headers", () => {
  it("serves /config.json with the strict security headers", async () => {
    const response = await app().inject({ method: "GET", url: "/config.json" });
    expect(response.statusCode).toBe(200);
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.json().auth.protocolMode).toBe("OIDC");
  });

  it("lets only MSAL's bridge page be framed, and only by this origin", async () => {
    for (const url of ["/redirect.html", "/redirect.html?state=x"]) {
      const bridge = await app().inject({ method: "GET", url });
      expect(String(bridge.headers["content-security-policy"]), url).toContain("frame-ancestors 'self'");
      expect(bridge.headers["x-frame-options"], url).toBe("SAMEORIGIN");
    }
    for (const url of ["/", "/index.html", "/subscriptions", "/config.json", "/redirect.html/x"]) {
      const page = await app().inject({ method: "GET", url, headers: { accept: "text/html" } });
      expect(String(page.headers["content-security-policy"]), url).toContain("frame-ancestors 'none'");
      expect(page.headers["x-frame-options"], url).toBe("DENY");
    }
  });

  it("allows the Entra authority in connect-src and frame-src in production", async () => {
    const config = readConfig({
      LOG: "off",
      TLS: "off",
      IDENTITY_PROVIDER: "entra",
      AUTH_CLIENT_ID: "11111111-1111-1111-1111-111111111111",
      AUTH_TENANT_ID: "contoso.onmicrosoft.com",
      UPSTREAM: "cloud",
    });
    const response = await buildApp(config).inject({ method: "GET", url: "/config.json" });
    expect(String(response.headers["content-security-policy"])).toContain(
      "connect-src 'self' https://login.microsoftonline.com",
    );
    expect(response.json().auth).toMatchObject({
      protocolMode: "AAD",
      authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com",
    });
    expect(config.upstream).toBe("https://api.partnercenter.microsoft.com");
  });

  it("names the bad setting when the configuration is invalid", () => {
    expect(() => readConfig({ CLOUD: "mars" })).toThrow(/CLOUD/);
    expect(() => readConfig({ IDENTITY_PROVIDER: "entra" })).toThrow(/AUTH_CLIENT_ID/);
  });

  it("pins the demo's today with DEMO_TODAY and hands it to the SPA; production has none", async () => {
    const demo = readConfig({ LOG: "off", TLS: "off", DEMO_TODAY: "2028-02-29" });
    expect(demo.demo.today).toBe("2028-02-29");
    expect((await buildApp(demo).inject({ method: "GET", url: "/config.json" })).json().today).toBe(
      "2028-02-29",
    );
    // Unset, the embedded mock's day is the real UTC day at start-up.
    expect(readConfig({ LOG: "off" }).demo.today).toBe(new Date().toISOString().slice(0, 10));
    const production = readConfig({
      LOG: "off",
      TLS: "off",
      IDENTITY_PROVIDER: "entra",
      AUTH_CLIENT_ID: "x",
      UPSTREAM: "cloud",
    });
    expect(
      (await buildApp(production).inject({ method: "GET", url: "/config.json" })).json(),
    ).not.toHaveProperty("today");
  });

  it.each(["2028-02-30", "2027-02-29", "tomorrow", "2028-2-1", "2028-13-01", "20280229"])(
    "refuses DEMO_TODAY=%s, naming the setting and the value",
    (value) => {
      expect(() => readConfig({ DEMO_TODAY: value })).toThrow(
        new RegExp(`DEMO_TODAY: "${value}" is not a real calendar date`),
      );
    },
  );

  it("refuses DEMO_TODAY with the production identity provider or the real API", () => {
    expect(() =>
      readConfig({ DEMO_TODAY: "2028-02-29", IDENTITY_PROVIDER: "entra", AUTH_CLIENT_ID: "x" }),
    ).toThrow(/DEMO_TODAY=2028-02-29 .*IDENTITY_PROVIDER=entra/);
    expect(() => readConfig({ DEMO_TODAY: "2028-02-29", UPSTREAM: "cloud" })).toThrow(
      /DEMO_TODAY=2028-02-29 .*UPSTREAM=cloud/,
    );
  });

  it("hides referrals and picks the 21Vianet hosts for CLOUD=china", () => {
    const config = readConfig({
      CLOUD: "china",
      IDENTITY_PROVIDER: "entra",
      AUTH_CLIENT_ID: "x",
      UPSTREAM: "cloud",
    });
    expect(config.upstream).toBe("https://partner.partnercenterapi.microsoftonline.cn");
    expect(config.auth.authority).toBe("https://login.chinacloudapi.cn/organizations");
  });
});
