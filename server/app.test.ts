import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";
import { readConfig } from "./config.ts";
import { listen, PROTOCOLS, send, testCertificate, type Protocol } from "./testing/both-protocols.ts";

const config = readConfig({ LOG: "off", TLS: "off", DIST_DIR: "does-not-exist" });

/** One raw HTTP/1.1 exchange: headers exactly as written, duplicates included (URL clients merge or refuse them). */
async function rawExchange(lines: string[]): Promise<string> {
  const app = buildApp(config);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  try {
    return await new Promise((resolve, reject) => {
      const socket = connect({ host: "127.0.0.1", port }, () => socket.end(`${lines.join("\r\n")}\r\n\r\n`));
      let text = "";
      socket.on("data", (chunk) => (text += chunk));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
  } finally {
    await app.close();
  }
}

describe("requests the server refuses", () => {
  it("answers malformed HTTP with 400 and the security headers, not Fastify's bare answer", async () => {
    const answer = await rawExchange(["GET /config.json HTTP/1.1", "Host: localhost", "Bad Header Line"]);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/content-security-policy: default-src 'self'/i);
    expect(answer).toMatch(/x-content-type-options: nosniff/i);
    expect(answer).toContain("The request is not valid HTTP (HPE_");
  });

  it("answers duplicate Host headers with 400 and the security headers", async () => {
    const answer = await rawExchange([
      "GET /config.json HTTP/1.1",
      "Host: localhost",
      "Host: evil.example",
      "Connection: close",
    ]);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/"code":"DuplicateHost"/);
    expect(answer).toMatch(/x-content-type-options: nosniff/i);
  });

  it("still answers a single Host header", async () => {
    const answer = await rawExchange(["GET /config.json HTTP/1.1", "Host: localhost", "Connection: close"]);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
  });
});

describe.each(PROTOCOLS)("requests the server refuses over TLS, %s", (protocol: Protocol) => {
  let app: ReturnType<typeof buildApp>;
  let port: number;
  beforeAll(async () => {
    app = buildApp(readConfig({ LOG: "off", DIST_DIR: "does-not-exist" }), {
      https: await testCertificate(),
    });
    port = await listen(app);
  });
  afterAll(() => app.close());

  it("answers a request naming two hosts with 400 and the security headers", async () => {
    const answer = await send(port, protocol, {
      target: "/config.json",
      // HTTP/2 names the host in :authority; a Host header beside it that differs is the same ambiguity.
      headers:
        protocol === "h2"
          ? { ":authority": `localhost:${port}`, host: "evil.example" }
          : { host: [`localhost:${port}`, "evil.example"] },
    });
    expect(answer.protocol).toBe(protocol);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/"code":"DuplicateHost"/);
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("still answers one host, and HSTS is sent over TLS", async () => {
    const answer = await send(port, protocol, { target: "/config.json" });
    expect(answer.status).toBe(200);
    expect(answer.headers["strict-transport-security"]).toMatch(/max-age=/);
  });
});

describe("malformed HTTP/1.1 over TLS", () => {
  it("is answered with 400 and the security headers, as without TLS", async () => {
    const app = buildApp(readConfig({ LOG: "off", DIST_DIR: "does-not-exist" }), {
      https: await testCertificate(),
    });
    try {
      const answer = await send(await listen(app), "http/1.1", {
        target: "/config.json",
        headers: { "bad header": "x" },
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toContain("The request is not valid HTTP (HPE_");
      expect(answer.headers["content-security-policy"]).toMatch(/default-src 'self'/);
    } finally {
      await app.close();
    }
  });
});

describe("the server's log", () => {
  it("records method and path only, never the query string (customer names are in filters)", async () => {
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on("data", (chunk: Buffer) => lines.push(...chunk.toString().split("\n").filter(Boolean)));
    const app = buildApp(
      {
        ...readConfig({ LOG: "on", TLS: "off", DIST_DIR: "does-not-exist" }),
        upstream: "http://127.0.0.1:9",
      },
      { logStream: stream },
    );
    const secret = "Contoso%20Secret%20Customer";
    await app.inject({
      method: "GET",
      url: `/pc/partner/v1/analytics/subscriptions?filter=customerName%20eq%20%27${secret}%27`,
    });
    await app.inject({ method: "GET", url: `/redirect.html?code=authorization-code-secret&state=s` });
    await app.inject({ method: "GET", url: `/nothing?customerName=${secret}` });
    await app.close();
    const entries = lines.map((line) => JSON.parse(line) as { req?: Record<string, unknown> });
    const requests = entries.filter((entry) => entry.req).map((entry) => entry.req);
    expect(requests).toEqual([
      { method: "GET", path: "/pc/partner/v1/analytics/subscriptions" },
      { method: "GET", path: "/redirect.html" },
      { method: "GET", path: "/nothing" },
    ]);
    expect(lines.join("\n")).not.toMatch(/Secret|authorization-code-secret|customerName|\?/);
  });
});

describe("/config.json", () => {
  const metadata = {
    issuer: "https://login.example/t/v2.0",
    authorization_endpoint: "https://login.example/t/oauth2/v2.0/authorize",
    token_endpoint: "https://login.example/t/oauth2/v2.0/token",
    jwks_uri: "https://login.example/t/discovery/v2.0/keys",
  };
  const authOf = async (authorityMetadata?: { current: () => typeof metadata | undefined }) => {
    const app = buildApp(
      config,
      authorityMetadata ? { authorityMetadata: { ...authorityMetadata, refresh: async () => {} } } : {},
    );
    try {
      return (await app.inject({ method: "GET", url: "/config.json" })).json().auth;
    } finally {
      await app.close();
    }
  };

  it("hands MSAL the authority's metadata when the server has read it, and omits it when not", async () => {
    expect((await authOf({ current: () => metadata })).metadata).toEqual(metadata);
    expect(await authOf({ current: () => undefined })).not.toHaveProperty("metadata");
    expect(await authOf()).toEqual(config.auth);
  });
});

describe("the documents of the SPA's paths", () => {
  it("sends a page's own document (which preloads its code), index.html elsewhere, never cached", async () => {
    const dist = mkdtempSync(join(tmpdir(), "app-test-"));
    mkdirSync(join(dist, "routes"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>overview</title>");
    writeFileSync(join(dist, "routes", "subscriptions.html"), "<!doctype html><title>subscriptions</title>");
    const app = buildApp({ ...config, distDir: dist });
    try {
      const open = (url: string) => app.inject({ method: "GET", url, headers: { accept: "text/html" } });
      for (const [url, title] of [
        ["/", "overview"],
        ["/subscriptions", "subscriptions"],
        ["/subscriptions?range=last-6-months", "subscriptions"],
        ["/search", "overview"],
        ["/not-a-page", "overview"],
        ["/routes/subscriptions.html", "subscriptions"],
      ]) {
        const answer = await open(url!);
        expect(answer.body, url).toContain(`<title>${title}</title>`);
        expect(answer.headers["cache-control"], url).toBe("no-store");
      }
    } finally {
      await app.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
