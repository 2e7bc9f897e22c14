import type { IncomingMessage } from "node:http";
import { PassThrough } from "node:stream";

const LEGACY = /(^|&)grant_type=device_code(&|$)/;
const STANDARD = `$1grant_type=${encodeURIComponent("urn:ietf:params:oauth:grant-type:device_code")}$2`;
// oidc-provider's own limit for a request body.
const LIMIT = 56 * 1024;

/**
 * MSAL Node polls the token endpoint with Entra's legacy `grant_type=device_code`; oidc-provider knows only RFC
 * 8628's URN and answers unsupported_grant_type. The token request's body is read, renamed and replayed to the
 * provider as a fresh stream; every other parameter and header passes unchanged.
 */
export async function withStandardDeviceGrant(req: IncomingMessage): Promise<IncomingMessage> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > LIMIT) throw new Error("request entity too large");
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks).toString("latin1").replace(LEGACY, STANDARD);
  const replay = new PassThrough();
  Object.assign(replay, {
    headers: { ...req.headers, "content-length": String(Buffer.byteLength(body, "latin1")) },
    rawHeaders: req.rawHeaders,
    method: req.method,
    url: req.url,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
    socket: req.socket,
    connection: req.socket,
  });
  replay.end(Buffer.from(body, "latin1"));
  return replay as unknown as IncomingMessage;
}
