// The server's refusals must hold over HTTP/2 as over HTTP/1.1 (issue 18): helpers to start an app over TLS, as
// production and the demo serve it, and to send one request with the target and headers exactly as given, over
// either protocol (URL clients normalise `..`, `%2e` and absolute-form targets; an attacker's socket does not).
import { connect as connectH2, constants } from "node:http2";
import type { AddressInfo } from "node:net";
import { connect as connectTls } from "node:tls";
import type { FastifyInstance } from "fastify";
import { generate } from "selfsigned";

export const PROTOCOLS = ["http/1.1", "h2"] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export interface Answer {
  status: number;
  /** Header names in lower case; a repeated header's values joined with ", ". */
  headers: Record<string, string>;
  body: string;
  /** What ALPN agreed on: the answer really came over the protocol asked for. */
  protocol: string;
}

export interface RawRequest {
  method?: string;
  /** The request target (HTTP/1.1) or `:path` (HTTP/2), sent as is. */
  target: string;
  /** Sent as given; over HTTP/1.1 an array value becomes that many header lines. */
  headers?: Record<string, string | string[]>;
  body?: string;
}

let material: Promise<{ key: string; cert: string }> | undefined;

/** One self-signed localhost certificate per test process (making an RSA key takes a while). */
export function testCertificate(): Promise<{ key: string; cert: string }> {
  material ??= generate([{ name: "commonName", value: "localhost" }], { keySize: 2048 }).then((pems) => ({
    key: pems.private,
    cert: pems.cert,
  }));
  return material;
}

/** Listens on an ephemeral loopback port; returns the port. */
export async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: "127.0.0.1" });
  return (app.server.address() as AddressInfo).port;
}

export function send(port: number, protocol: Protocol, request: RawRequest): Promise<Answer> {
  return protocol === "h2" ? sendH2(port, request) : sendH1(port, request);
}

function sendH1(
  port: number,
  { method = "GET", target, headers = {}, body = "" }: RawRequest,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connectTls({
      host: "127.0.0.1",
      port,
      rejectUnauthorized: false,
      ALPNProtocols: ["http/1.1"],
    });
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${method} ${target}`)));
    socket.on("secureConnect", () => {
      const lines = [`${method} ${target} HTTP/1.1`];
      const all = { host: `localhost:${port}`, connection: "close", ...headers };
      for (const [name, value] of Object.entries(all))
        for (const one of [value].flat()) lines.push(`${name}: ${one}`);
      if (body) lines.push(`content-length: ${Buffer.byteLength(body)}`);
      socket.write(`${lines.join("\r\n")}\r\n\r\n${body}`);
    });
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const split = text.indexOf("\r\n\r\n");
      const [statusLine = "", ...lines] = text.slice(0, split < 0 ? undefined : split).split("\r\n");
      const parsed: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(":");
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (colon > 0) parsed[name] = parsed[name] === undefined ? value : `${parsed[name]}, ${value}`;
      }
      let rest = split < 0 ? "" : text.slice(split + 4);
      if (/chunked/i.test(parsed["transfer-encoding"] ?? "")) rest = unchunk(rest);
      resolve({
        status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0),
        headers: parsed,
        body: rest,
        protocol: socket.alpnProtocol || "http/1.1",
      });
    });
  });
}

function unchunk(text: string): string {
  let out = "";
  for (let rest = text; ;) {
    const end = rest.indexOf("\r\n");
    const size = end < 0 ? 0 : Number.parseInt(rest.slice(0, end), 16);
    if (!size) return out;
    out += rest.slice(end + 2, end + 2 + size);
    rest = rest.slice(end + 4 + size);
  }
}

function sendH2(port: number, { method = "GET", target, headers = {}, body }: RawRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const session = connectH2(`https://localhost:${port}`, { rejectUnauthorized: false });
    session.on("error", reject);
    const { HTTP2_HEADER_METHOD, HTTP2_HEADER_PATH, HTTP2_HEADER_STATUS } = constants;
    // Node ends a GET, HEAD or DELETE stream at once unless told otherwise.
    const stream = session.request(
      { [HTTP2_HEADER_METHOD]: method, [HTTP2_HEADER_PATH]: target, ...headers },
      { endStream: body === undefined },
    );
    const chunks: Buffer[] = [];
    let head: Record<string, unknown> = {};
    stream.setTimeout(10_000, () => stream.close(constants.NGHTTP2_CANCEL));
    stream.on("response", (h) => void (head = h));
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("error", (error) => (session.close(), reject(error)));
    stream.on("close", () => {
      const parsed: Record<string, string> = {};
      for (const [name, value] of Object.entries(head))
        if (!name.startsWith(":")) parsed[name] = [value].flat().join(", ");
      const protocol = session.alpnProtocol ?? "";
      session.close();
      resolve({
        status: Number(head[HTTP2_HEADER_STATUS] ?? 0),
        headers: parsed,
        body: Buffer.concat(chunks).toString("utf8"),
        protocol,
      });
    });
    if (body !== undefined) stream.end(body);
  });
}
