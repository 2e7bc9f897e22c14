import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import { RESOURCE_NAMES, type ResourceName } from "../engine/resources.ts";
import type { QueryEngine } from "./answer-query.ts";
import type { SendableReply } from "./cached-engine.ts";
import type { FaultController, FaultRule } from "./faults.ts";
import type { TokenVerdict } from "./token-check.ts";

export const ANALYTICS_ROOT = "/partner/v1/analytics/";

export interface MockApiOptions {
  /** Answers the queries: the engine's worker behind the answer cache in the demo, in-thread in tests. */
  query: (...args: Parameters<QueryEngine>) => Promise<SendableReply>;
  /** Omitted: no authentication (npm run mock-api -- --no-auth). */
  checkToken?: (authorization: string | undefined) => Promise<TokenVerdict>;
  faults?: FaultController;
  logger?: boolean;
}

function apiFault(
  reply: FaultReplyTarget,
  status: number,
  code: string,
  description: string,
  source = "PartnerCenter.Analytics",
) {
  return reply.code(status).send({ code, description, data: [], source });
}
type FaultReplyTarget = FastifyReply;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function applyFault(reply: FastifyReply, rule: FaultRule): Promise<boolean> {
  if (rule.latencyMs) await sleep(rule.latencyMs);
  if (rule.status === 429) {
    const seconds = rule.retryAfterSeconds ?? 1;
    reply.header("Retry-After", String(seconds));
    reply
      .code(429)
      .send({ statusCode: 429, message: `Rate limit is exceeded. Try again in ${seconds} seconds.` });
    return true;
  }
  if (rule.status) {
    apiFault(reply, rule.status, String(rule.status), `Injected fault: the service answered ${rule.status}.`);
    return true;
  }
  if (rule.malformed === "not-json") {
    reply.code(200).type("application/json; charset=utf-8").send('{"Value": [ {"oops": ');
    return true;
  }
  if (rule.malformed === "missing-value") {
    reply.code(200).send({ items: [], TotalCount: 3 });
    return true;
  }
  return false;
}

/** The embedded Partner Center Analytics API: the five GET resources over the demo dataset. */
export function createMockApi({
  query,
  checkToken,
  faults,
  logger = false,
}: MockApiOptions): FastifyInstance {
  const app = Fastify({ logger });

  app.addHook("onRequest", async (request, reply) => {
    const requestId = request.headers["ms-requestid"];
    const correlationId = request.headers["ms-correlationid"];
    reply.header("MS-RequestId", typeof requestId === "string" ? requestId : randomUUID());
    reply.header("MS-CorrelationId", typeof correlationId === "string" ? correlationId : randomUUID());
    reply.header("MS-ServerId", "mock-partner-center");
  });

  app.setNotFoundHandler((request, reply) =>
    apiFault(
      reply,
      404,
      "404",
      `No analytics resource at ${request.url.split("?")[0]}. Resources: ${RESOURCE_NAMES.join(", ")}.`,
    ),
  );
  app.setErrorHandler((error, _request, reply) =>
    apiFault(
      reply,
      500,
      "500",
      `Internal error in the mock API: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );

  app.route({
    method: ["DELETE", "PATCH", "POST", "PUT", "OPTIONS"],
    url: `${ANALYTICS_ROOT}*`,
    handler: (request, reply) => {
      reply.header("Allow", "GET");
      return apiFault(
        reply,
        405,
        "405",
        `Method ${request.method} is not allowed: the analytics resources are read-only (GET).`,
      );
    },
  });

  app.get(`${ANALYTICS_ROOT}*`, async (request, reply) => {
    const [path, search = ""] = request.url.slice(ANALYTICS_ROOT.length).split(/\?(.*)/s, 2) as [
      string,
      string?,
    ];
    const resource = RESOURCE_NAMES.find((name) => name === path);
    if (!resource) {
      return apiFault(
        reply,
        404,
        "404",
        `Unknown analytics resource "${path}". Resources: ${RESOURCE_NAMES.join(", ")}.`,
      );
    }
    if (checkToken) {
      const verdict = await checkToken(request.headers.authorization);
      if (!verdict.ok) {
        if (verdict.status === 401)
          reply.header("WWW-Authenticate", 'Bearer realm="PartnerCenter", error="invalid_token"');
        return apiFault(reply, verdict.status, verdict.code, verdict.description);
      }
    }
    const params = new URLSearchParams(search);
    const rule = faults?.take(faultRequest(resource, params));
    if (rule && (await applyFault(reply, rule))) return reply;
    const answer = await query(resource, search);
    if (!answer.ok) return apiFault(reply, answer.status, answer.code, answer.description, answer.source);
    if (rule?.malformed === "wrong-types") {
      const page = JSON.parse(answer.json.toString()) as { Value: Record<string, unknown>[] };
      return {
        ...page,
        TotalCount: "many",
        Value: page.Value.map((row) => ({ ...row, ...wrongTypes(resource) })),
      };
    }
    // Sent as bytes: Node would otherwise copy a string body into one new string with the response head, on the
    // heap, before encoding it (a raw page is megabytes).
    const body = typeof answer.json === "string" ? Buffer.from(answer.json) : answer.json;
    return reply.type("application/json; charset=utf-8").send(body);
  });

  return app;
}

function faultRequest(resource: ResourceName, params: URLSearchParams) {
  const lower = new Map([...params].map(([k, val]) => [k.toLowerCase(), val]));
  return { resource, skip: Number(lower.get("skip") ?? 0), grouped: lower.has("groupby") };
}

// Values of the wrong type in a measure the dashboard sums, to prove the client refuses them.
function wrongTypes(resource: ResourceName): Record<string, unknown> {
  switch (resource) {
    case "usage/azure":
      return { quantity: "lots" };
    case "subscriptions":
      return { licenseCount: "abc", subscriptionCount: "abc" };
    case "indirectresellers":
      return { subscriptionCount: "abc", indirectResellerCount: "abc" };
    case "search":
      return { searchResultPageViews: "abc", profileViews: "abc" };
    case "referrals":
      return { referralCount: "abc", createdDate: 12 };
  }
}
