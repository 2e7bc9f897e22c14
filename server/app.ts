import { existsSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Duplex } from "node:stream";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import type { DevIdentityProvider } from "../mock/idp/dev-idp.ts";
// Types only: the server loads the mock and the identity provider in demo mode alone (start-server.ts).
import type { FaultController } from "../mock/http/faults.ts";
import type { AuthorityMetadata } from "./authority-metadata.ts";
import { publicConfig, type ServerConfig } from "./config.ts";
import { documentFor, PAGE_DOCUMENTS_DIR } from "./page-documents.ts";
import { PROXY_PREFIX, registerProxy } from "./proxy.ts";
import { guardReportRun, type ReportRun } from "./report-run.ts";
import { securityHeaders } from "./security-headers.ts";

export interface AppParts {
  /** The embedded identity provider, mounted under /idp (demo and tests). */
  idp?: DevIdentityProvider;
  /** Fault injection control for the embedded mock, at /__mock/faults (tests and demos only). */
  faults?: FaultController;
  https?: { key: string; cert: string };
  /** Where the log goes when LOG=on; standard output by default. */
  logStream?: NodeJS.WritableStream;
  /** A report run's server (scripts/report.ts): one browser only, the command's token on the relay. */
  reportRun?: ReportRun;
  /** The sign-in authority's metadata for MSAL (start-server.ts); without it MSAL fetches the metadata itself. */
  authorityMetadata?: AuthorityMetadata;
}

// Hashed build output never changes; the HTML documents must always be fetched fresh.
const isDocument = (file: string) => file.endsWith(".html");
/** MSAL's redirect bridge: the only page this origin may frame (see contentSecurityPolicy). */
const BRIDGE_PAGE = "/redirect.html";
const SPA_ROUTE = /^\/(?:[a-z-]+)?$/;

const pathOf = (url: string) => url.split("?")[0] ?? "";

/**
 * Whether a request names its host more than once: two Host headers (Node keeps the first; a proxy in front may
 * have kept another), or over HTTP/2 a Host header that differs from `:authority` (RFC 9113 §8.3.1 calls that
 * malformed; Node would read `:authority`, a proxy perhaps Host).
 */
function ambiguousHost(rawHeaders: string[]): boolean {
  const names = rawHeaders.filter((_, i) => i % 2 === 0).map((name) => name.toLowerCase());
  const values = rawHeaders.filter(
    (_, i) => i % 2 === 1 && (names[(i - 1) / 2] === "host" || names[(i - 1) / 2] === ":authority"),
  );
  return (
    names.filter((name) => name === "host").length > 1 || new Set(values.map((v) => v.toLowerCase())).size > 1
  );
}

export function buildApp(config: ServerConfig, parts: AppParts = {}): FastifyInstance {
  // Method and path only (docs/security.md): queries carry customer names, and /redirect.html an authorization code.
  const logger = config.log && {
    level: "info",
    serializers: {
      req: (request: Pick<FastifyRequest, "method" | "url">) => ({
        method: request.method,
        path: pathOf(request.url),
      }),
    },
    ...(parts.logStream ? { stream: parts.logStream } : {}),
  };
  // No trustProxy: nothing here reads a client address or host, and X-Forwarded-* is the caller's to invent.
  const headers = securityHeaders(config);
  // Node's parser refuses malformed HTTP before any route or hook runs; Fastify's own answer to that carries no
  // security headers, so this one does (every response the server sends carries them, issue 17).
  const clientErrorHandler = (error: Error & { code?: string }, socket: Duplex) => {
    if (!socket.writable) return;
    const body = JSON.stringify({
      code: "BadRequest",
      description: `The request is not valid HTTP (${error.code ?? "parse error"}).`,
    });
    const lines = Object.entries({ ...headers, "Content-Type": "application/json; charset=utf-8" }).map(
      ([name, value]) => `${name}: ${value}`,
    );
    socket.end(
      `HTTP/1.1 400 Bad Request\r\n${lines.join("\r\n")}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  };
  // Over TLS, HTTP/2 (ALPN) with HTTP/1.1 for clients without it: the first page's ~20 requests then share one
  // connection instead of queueing six at a time. Without TLS (behind a TLS-terminating proxy) browsers speak
  // HTTP/1.1 only, and the proxy in front does the multiplexing.
  const app = (parts.https
    ? Fastify({ logger, http2: true, https: { ...parts.https, allowHTTP1: true }, clientErrorHandler })
    : Fastify({ logger, clientErrorHandler })) as unknown as FastifyInstance;
  const bridgeHeaders = securityHeaders(config, true);
  const { idp } = parts;
  const idpHeaders = { ...headers, "Content-Security-Policy": idp?.contentSecurityPolicy ?? "" };

  if (parts.reportRun) guardReportRun(app, parts.reportRun);
  app.addHook("onRequest", async (request, reply) => {
    if (ambiguousHost(request.raw.rawHeaders)) {
      return reply.code(400).send({
        code: "DuplicateHost",
        description: "The request names more than one host (two Host headers, or a Host unlike :authority).",
        data: [],
        source: "dashboard",
      });
    }
    if (idp && (request.raw.url === "/idp" || request.raw.url?.startsWith("/idp/"))) {
      // The provider answers on the raw response, past onSend: its headers are set here, before it writes.
      reply.hijack();
      for (const [name, value] of Object.entries(idpHeaders)) reply.raw.setHeader(name, value);
      idp.handle(request.raw, reply.raw);
    }
  });
  app.addHook("onSend", async (request, reply, payload) => {
    reply.headers(pathOf(request.url) === BRIDGE_PAGE ? bridgeHeaders : headers);
    return payload;
  });

  app.get("/config.json", async (_request, reply) => {
    reply.header("Cache-Control", "no-store");
    // reportRun: the SPA skips MSAL, the relay holds the token.
    const run = parts.reportRun;
    return {
      ...publicConfig(config, parts.authorityMetadata?.current()),
      ...(run ? { reportRun: true, ...(run.tenantId ? { reportTenant: run.tenantId } : {}) } : {}),
    };
  });
  app.get("/healthz", async () => ({ status: "ok" }));

  if (parts.faults) registerFaultControl(app, config.publicOrigin, parts.faults, parts.idp);
  registerProxy(app, {
    upstream: config.upstream,
    timeoutMs: config.upstreamTimeoutMs,
    bearer: parts.reportRun?.bearer,
  });

  // Without a build (DIST_DIR=off, or a unit test) the server answers everything but the SPA.
  const root = config.distDir === undefined ? undefined : resolve(config.distDir);
  const spa = root !== undefined && existsSync(resolve(root, "index.html"));
  if (spa) {
    app.register(fastifyStatic, {
      root,
      index: false,
      cacheControl: false,
      preCompressed: true,
      setHeaders: (res, path) => {
        // Precompressed copies (index.html.br) follow the rules of the file they compress.
        const file = (path.split(/[\\/]/).pop() ?? "").replace(/\.(br|gz)$/, "");
        // The same URL answers brotli, gzip or plain: shared caches must key on Accept-Encoding.
        res.setHeader("Vary", "Accept-Encoding");
        res.setHeader(
          "Cache-Control",
          isDocument(file)
            ? "no-store"
            : path.includes("/assets/")
              ? "public, max-age=31536000, immutable"
              : "public, max-age=3600",
        );
      },
    });
    app.get("/", (_request, reply) => reply.header("Cache-Control", "no-store").sendFile("index.html"));
  }
  // A page's own document preloads its code (scripts/route-preload.ts); other paths get index.html.
  const pageDocuments = new Set(
    spa && existsSync(resolve(root, PAGE_DOCUMENTS_DIR))
      ? readdirSync(resolve(root, PAGE_DOCUMENTS_DIR))
          .filter(isDocument)
          .map((file) => `/${file.slice(0, -5)}`)
      : [],
  );
  const documentToSend = (path: string) => (pageDocuments.has(path) ? documentFor(path) : "index.html");
  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request.url);
    const wantsHtml =
      (request.method === "GET" || request.method === "HEAD") &&
      (request.headers.accept ?? "").includes("text/html");
    if (spa && wantsHtml && SPA_ROUTE.test(path) && !path.startsWith(PROXY_PREFIX)) {
      return reply.header("Cache-Control", "no-store").sendFile(documentToSend(path), root);
    }
    return reply
      .code(404)
      .send({ code: "NotFound", description: `Nothing at ${path}.`, data: [], source: "dashboard" });
  });
  return app;
}

/**
 * Whether the browser says the request comes from another site. A cross-site form or `text/plain` fetch needs no CORS
 * preflight, so CORS alone does not keep other sites off a POST. Tools (Playwright's request API, curl) send
 * neither header; Sec-Fetch-Site "none" is the user's own navigation.
 */
function fromAnotherSite(request: FastifyRequest, publicOrigin: string): boolean {
  const { origin } = request.headers;
  const site = request.headers["sec-fetch-site"];
  return (
    (origin !== undefined && origin !== publicOrigin) ||
    (site !== undefined && site !== "same-origin" && site !== "none")
  );
}

function registerFaultControl(
  app: FastifyInstance,
  publicOrigin: string,
  faults: FaultController,
  idp?: DevIdentityProvider,
) {
  // They change the whole server (every session, every answer): this origin's pages and tools only.
  app.register(async (scope) => {
    scope.addHook("onRequest", async (request, reply) => {
      if (!fromAnotherSite(request, publicOrigin)) return;
      return reply.code(403).send({
        code: "CrossSiteRequest",
        description: "The test endpoints refuse requests from other sites.",
        data: [],
        source: "dashboard",
      });
    });
    if (idp) scope.post("/__mock/restart-idp", async () => (await idp.restart(), { restarted: true }));
    scope.get("/__mock/faults", async () => faults.list());
    scope.put("/__mock/faults", async (request, reply) => {
      const problem = faults.setFrom(request.body);
      if (problem)
        return reply
          .code(400)
          .send({ code: "InvalidFaults", description: problem, data: [], source: "mock" });
      return faults.list();
    });
  });
}
