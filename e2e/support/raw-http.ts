import { connect as connectH2, constants } from "node:http2";
import { connect } from "node:tls";

export type Protocol = "http/1.1" | "h2";
/** The server speaks both over TLS (ALPN); what it refuses over one it must refuse over the other (issue 18). */
export const PROTOCOLS: readonly Protocol[] = ["http/1.1", "h2"];

export interface RawResponse {
  /** 0 when HTTP/2 reset the stream (a request its framing layer refuses never reaches the app). */
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends one HTTP/1.1 request with the request target exactly as given (URL clients normalise `%2e%2e`, `//` and
 * absolute-form targets before sending; an attacker's raw socket does not), over TLS to `origin`.
 */
export function rawRequest(
  origin: string,
  target: string,
  {
    method = "GET",
    headers = {} as Record<string, string>,
    protocol = "http/1.1" as Protocol,
    body = undefined as string | undefined,
  } = {},
): Promise<RawResponse> {
  if (protocol === "h2") return rawH2(origin, target, method, headers, body);
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: hostname,
      port: Number(port || 443),
      servername: hostname === "localhost" ? undefined : hostname,
      rejectUnauthorized: false,
    });
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => socket.destroy(new Error(`no answer to ${method} ${target} in 15 s`)));
    socket.on("secureConnect", () => {
      const lines = [
        `${method} ${target} HTTP/1.1`,
        `Host: ${hostname}:${port}`,
        "Accept: application/json",
        "Connection: close",
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
        ...(body === undefined ? [] : [`Content-Length: ${Buffer.byteLength(body)}`]),
      ];
      socket.write(`${lines.join("\r\n")}\r\n\r\n${body ?? ""}`);
    });
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const split = text.indexOf("\r\n\r\n");
      const head = split >= 0 ? text.slice(0, split) : text;
      const [statusLine = "", ...headerLines] = head.split("\r\n");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
      const parsed: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(":");
        if (colon > 0) parsed[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      let body = split >= 0 ? text.slice(split + 4) : "";
      if (/chunked/i.test(parsed["transfer-encoding"] ?? "")) body = unchunk(body);
      resolve({ status, headers: parsed, body });
    });
  });
}

function unchunk(body: string): string {
  let out = "";
  let rest = body;
  for (;;) {
    const lineEnd = rest.indexOf("\r\n");
    if (lineEnd < 0) return out;
    const size = Number.parseInt(rest.slice(0, lineEnd), 16);
    if (!size) return out;
    out += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}

/** The same over HTTP/2: `target` is sent as `:path` exactly as given. */
function rawH2(
  origin: string,
  target: string,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const session = connectH2(origin, { rejectUnauthorized: false });
    session.on("error", reject);
    const stream = session.request(
      {
        [constants.HTTP2_HEADER_METHOD]: method,
        [constants.HTTP2_HEADER_PATH]: target,
        accept: "application/json",
        ...Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
      },
      { endStream: body === undefined },
    );
    const chunks: Buffer[] = [];
    let head: Record<string, unknown> = {};
    let reset = false;
    stream.setTimeout(15_000, () => stream.close(constants.NGHTTP2_CANCEL));
    stream.on("response", (h) => void (head = h));
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("error", () => void (reset = true));
    stream.on("close", () => {
      session.close();
      const parsed: Record<string, string> = {};
      for (const [name, value] of Object.entries(head))
        if (!name.startsWith(":")) parsed[name] = [value].flat().join(", ");
      resolve({
        status: reset ? 0 : Number(head[constants.HTTP2_HEADER_STATUS] ?? 0),
        headers: parsed,
        body: Buffer.concat(chunks).toString("utf8"),
      });
    });
    if (body !== undefined) stream.end(body);
  });
}
