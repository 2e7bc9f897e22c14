import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";

/** The header every request of a report run carries: Playwright sets it on the run's browser context. */
export const REPORT_RUN_HEADER = "x-report-run";

/**
 * `npm run report` against a deployment: the server it starts on loopback for one run serves only the run's
 * browser (which proves itself with `secret`, random per run) and the relay attaches the token the command got
 * with MSAL Node (`bearer`), so the page needs no sign-in and never holds a token.
 */
export interface ReportRun {
  secret: string;
  bearer: () => Promise<string>;
  /** The tenant of the command's sign-in, for the report's cover: the page has no account of its own. */
  tenantId?: string;
}

const sameSecret = (given: unknown, secret: string) =>
  typeof given === "string" &&
  given.length === secret.length &&
  timingSafeEqual(Buffer.from(given), Buffer.from(secret));

/** Refuses every request without the run's secret: another process on this machine cannot use the token. */
export function guardReportRun(app: FastifyInstance, run: ReportRun): void {
  app.addHook("onRequest", async (request, reply) => {
    if (sameSecret(request.headers[REPORT_RUN_HEADER], run.secret)) return;
    return reply.code(403).send({
      code: "NotThisReportRun",
      description: "This server answers only the browser of the report run that started it.",
      data: [],
      source: "dashboard",
    });
  });
}
