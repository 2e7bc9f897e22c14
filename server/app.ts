import { existsSync } from "node:fs";
import { resolve } from "node:path";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import * as v from "valibot";
import type { DevIdentityProvider } from "../mock/idp/dev-idp.ts";
import { type FaultController, FaultRulesSchema } from "../mock/http/faults.ts";
import { publicConfig, type ServerConfig } from "./config.ts";
import { PROXY_PREFIX, registerProxy } from "./proxy.ts";
import { securityHeaders } from "./security-headers.ts";

export interface AppParts {
  /** The embedded identity provider, mounted under /idp (demo and tests). */
  idp?: DevIdentityProvider;
  /** Fault injection control for the embedded mock, at /__mock/faults (tests and demos only). */
  faults?: FaultController;
  https?: { key: string; cert: string };
}

// Hashed build output never changes; the HTML entries must always be fetched fresh.
const NO_STORE = new Set(["index.html", "redirect.html"]);
/** MSAL's redirect bridge: the only page this origin may frame (see contentSecurityPolicy). */
const BRIDGE_PAGE = "/redirect.html";
const SPA_ROUTE = /^\/(?:[a-z-]+)?$/;

export function buildApp(config: ServerConfig, parts: AppParts = {}): FastifyInstance {
  const logger = config.log ? { level: "info" } : false;
  const app = (parts.https ? Fastify({ logger, trustProxy: true, https: parts.https }) : Fastify({ logger, trustProxy: true })) as unknown as FastifyInstance;
  const headers = securityHeaders(config);
  const bridgeHeaders = securityHeaders(config, true);

  app.addHook("onRequest", async (request, reply) => {
    if (parts.idp && (request.raw.url === "/idp" || request.raw.url?.startsWith("/idp/"))) {
      reply.hijack();
      parts.idp.handle(request.raw, reply.raw);
    }
  });
  app.addHook("onSend", async (request, reply, payload) => {
    reply.headers(request.url.split("?")[0] === BRIDGE_PAGE ? bridgeHeaders : headers);
    return payload;
  });

  app.get("/config.json", async (_request, reply) => {
    reply.header("Cache-Control", "no-store");
    return publicConfig(config);
  });
  app.get("/healthz", async () => ({ status: "ok" }));

  if (parts.faults) registerFaultControl(app, parts.faults, parts.idp);
  registerProxy(app, { upstream: config.upstream, timeoutMs: config.upstreamTimeoutMs });

  const root = resolve(config.distDir);
  if (existsSync(resolve(root, "index.html"))) {
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
        res.setHeader("Cache-Control", NO_STORE.has(file) ? "no-store" : path.includes("/assets/") ? "public, max-age=31536000, immutable" : "public, max-age=3600");
      },
    });
    app.get("/", (_request, reply) => reply.header("Cache-Control", "no-store").sendFile("index.html"));
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    const wantsHtml = (request.method === "GET" || request.method === "HEAD") && (request.headers.accept ?? "").includes("text/html");
    if (wantsHtml && SPA_ROUTE.test(path) && !path.startsWith(PROXY_PREFIX) && existsSync(resolve(root, "index.html"))) {
      return reply.header("Cache-Control", "no-store").sendFile("index.html", root);
    }
    return reply.code(404).send({ code: "NotFound", description: `Nothing at ${path}.`, data: [], source: "dashboard" });
  });
  return app;
}

function registerFaultControl(app: FastifyInstance, faults: FaultController, idp?: DevIdentityProvider) {
  if (idp) app.post("/__mock/restart-idp", async () => (await idp.restart(), { restarted: true }));
  app.get("/__mock/faults", async () => faults.list());
  app.put("/__mock/faults", async (request, reply) => {
    const parsed = v.safeParse(FaultRulesSchema, request.body);
    if (!parsed.success) {
      return reply.code(400).send({ code: "InvalidFaults", description: v.summarize(parsed.issues), data: [], source: "mock" });
    }
    faults.set(parsed.output);
    return faults.list();
  });
}
