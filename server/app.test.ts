import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";
import { readConfig } from "./config.ts";

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
