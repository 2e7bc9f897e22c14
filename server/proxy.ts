import fastifyCompress from "@fastify/compress";
import { constants as zlib } from "node:zlib";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

export const PROXY_PREFIX = "/pc";
const ANALYTICS_ROOT = "/partner/v1/analytics/";
const FORWARDED_REQUEST_HEADERS = ["authorization", "accept", "ms-requestid", "ms-correlationid", "x-locale"];
const RETURNED_RESPONSE_HEADERS = [
  "content-type",
  "ms-requestid",
  "ms-correlationid",
  "retry-after",
  "www-authenticate",
  "ms-cv",
  "ms-serverid",
];
/**
 * The largest upstream answer relayed. A page holds at most 10,000 rows (`top`); the widest, raw usage, is about
 * 4 MB of JSON. Anything far beyond that is not an analytics page, and is not held in this server's memory.
 */
export const MAX_UPSTREAM_BODY = 32 * 1024 * 1024;
// Resource paths are lower-case words separated by single slashes (usage/azure, subscriptions, …).
const SAFE_RESOURCE_PATH = /^[a-z0-9]+(?:\/[a-z0-9]+)*$/i;

export interface ProxyOptions {
  upstream: string;
  timeoutMs: number;
  /** A report run's token (server/report-run.ts), sent instead of the browser's Authorization header. */
  bearer?: () => Promise<string>;
}

class BodyTooLarge extends Error {}

/** The upstream body, read whole but never beyond `limit` bytes (a Content-Length is not to be trusted). */
async function readBody(response: Response, limit: number): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function refuse(reply: FastifyReply, status: number, code: string, description: string) {
  return reply.code(status).send({ code, description, data: [], source: "dashboard-proxy" });
}

/** Why a raw request target may not be relayed, or null when it may. Works on the undecoded target. */
export function rejectReason(rawUrl: string): string | null {
  if (!rawUrl.startsWith(`${PROXY_PREFIX}/`))
    return "only paths under /pc/ are relayed (absolute URLs and other hosts are refused)";
  const [rawPath = "", query] = rawUrl.split(/\?(.*)/s, 2);
  if (/%(2f|5c)/i.test(rawPath) || rawPath.includes("\\"))
    return "encoded slashes are not allowed in the path";
  if (/%2e/i.test(rawPath) || /(^|\/)\.\.?(\/|$)/.test(rawPath))
    return "dot segments are not allowed in the path";
  if (rawPath.includes("//")) return "empty path segments are not allowed";
  if (/%/.test(rawPath)) return "percent-encoded characters are not allowed in the path";
  const path = rawPath.slice(PROXY_PREFIX.length);
  if (!path.startsWith(ANALYTICS_ROOT)) return `only ${ANALYTICS_ROOT} resources are relayed`;
  if (!SAFE_RESOURCE_PATH.test(path.slice(ANALYTICS_ROOT.length))) return "the resource path is not valid";
  if (query !== undefined && /[\s#]/.test(query))
    return "the query string contains characters that must be percent-encoded";
  return null;
}

/**
 * The token relay: forwards the user's own bearer token to Partner Center (or the mock) for analytics GETs
 * only. It holds no secret and no session; cookies and every other header stay here.
 */
export function registerProxy(app: FastifyInstance, { upstream, timeoutMs, bearer }: ProxyOptions): void {
  const base = upstream.replace(/\/$/, "");
  const relay = async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== "GET") {
      reply.header("Allow", "GET");
      return refuse(reply, 405, "MethodNotAllowed", `Only GET is relayed; ${request.method} was refused.`);
    }
    const rawUrl = request.raw.url ?? "";
    const reason = rejectReason(rawUrl);
    if (reason) return refuse(reply, 400, "InvalidProxyPath", `Refused to relay this request: ${reason}.`);

    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers[name];
      if (typeof value === "string") headers.set(name, value);
    }
    if (bearer) {
      try {
        headers.set("authorization", `Bearer ${await bearer()}`);
      } catch {
        return refuse(reply, 401, "ReportSignInExpired", "The report's sign-in could not be renewed.");
      }
    }
    const abort = new AbortController();
    const onClose = () => abort.abort(new Error("client went away"));
    request.raw.once("close", onClose);
    // A timer of our own, not AbortSignal.any([…, AbortSignal.timeout()]): Node can collect a timeout signal held
    // only by a composite before it fires (nodejs/node#57736), which let a retried request run past the limit.
    const timer = setTimeout(
      () => abort.abort(new DOMException("upstream timeout", "TimeoutError")),
      timeoutMs,
    );
    const signal = abort.signal;
    const timedOut = (error: unknown) => error instanceof DOMException && error.name === "TimeoutError";
    reply.header("Cache-Control", "no-store");
    let upstreamResponse: Response;
    try {
      upstreamResponse = await fetch(`${base}${rawUrl.slice(PROXY_PREFIX.length)}`, {
        headers,
        signal,
        redirect: "manual",
      });
    } catch (error) {
      clearTimeout(timer);
      request.raw.off("close", onClose);
      return timedOut(error)
        ? refuse(reply, 504, "UpstreamTimeout", `Partner Center did not answer within ${timeoutMs / 1000} s.`)
        : refuse(
            reply,
            502,
            "UpstreamUnavailable",
            "Partner Center could not be reached from the dashboard server.",
          );
    }
    // The whole body is read before anything is sent: a body that breaks off or does not decompress becomes one
    // clear 502 instead of a 500 or a truncated 200 that the browser might take for the answer.
    let body: Buffer;
    try {
      body = await readBody(upstreamResponse, MAX_UPSTREAM_BODY);
    } catch (error) {
      abort.abort(error);
      if (error instanceof BodyTooLarge)
        return refuse(
          reply,
          502,
          "UpstreamBodyTooLarge",
          `Partner Center's answer was larger than ${MAX_UPSTREAM_BODY / 1024 / 1024} MiB, more than any analytics page; it was not relayed.`,
        );
      return timedOut(error)
        ? refuse(
            reply,
            504,
            "UpstreamTimeout",
            `Partner Center did not send its whole answer within ${timeoutMs / 1000} s.`,
          )
        : refuse(
            reply,
            502,
            "UpstreamBodyUnreadable",
            "Partner Center's answer could not be read in full (cut off or badly encoded); try again.",
          );
    } finally {
      clearTimeout(timer);
      request.raw.off("close", onClose);
    }
    reply.code(upstreamResponse.status);
    for (const name of RETURNED_RESPONSE_HEADERS) {
      const value = upstreamResponse.headers.get(name);
      if (value !== null) reply.header(name, value);
    }
    return reply.send(body);
  };
  // Answers leave compressed when the browser accepts it (brotli, else gzip). A raw page is ~8.6 MB of JSON whose
  // field names repeat in every row; brotli at quality 1 makes it ~1.1 MB in ~25 ms of a libuv thread, which on
  // a 100 Mbit/s line is ~0.1 s of transfer instead of ~0.7 s, per page. Quality 4 (the plugin's default) made
  // 0.8 MB but took ~110 ms, more CPU than its smaller answer saves on any line above ~20 Mbit/s, on a server that compresses
  // every page of every grid. Only this scope's routes compress: static files are compressed at build time.
  app.register(async (scope) => {
    await scope.register(fastifyCompress, {
      encodings: ["br", "gzip"],
      brotliOptions: {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 1, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT },
      },
      zlibOptions: { level: 1 },
      globalDecompression: false,
    });
    scope.all(`${PROXY_PREFIX}/*`, relay);
    scope.all(PROXY_PREFIX, relay);
  });
}
