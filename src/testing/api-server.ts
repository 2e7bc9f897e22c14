// For the API client tests (src/api): an MSW server over http://localhost/pc, answers in turn, and a client wired to it.
import { http, HttpResponse } from "msw";
import { createPartnerCenterClient } from "../api/client.ts";
import type { PartnerCenterClientOptions } from "../api/client.ts";
import { PartnerCenterError } from "../api/errors.ts";
import type { ResourceName } from "../api/resources.ts";
import { setupTestServer } from "./msw.ts";

export const baseUrl = "http://localhost/pc";
export const endpoint = (resource: ResourceName) => `${baseUrl}/partner/v1/analytics/${resource}`;

export function setupApiServer() {
  const server = setupTestServer();

  /** Makes `resource` answer with `responses` in turn (the last one repeats); returns the requests seen. */
  const answer = (
    responses: (() => Response | Promise<Response>)[],
    resource: ResourceName = "referrals",
  ) => {
    const requests: Request[] = [];
    server.use(
      http.get(endpoint(resource), ({ request }) => {
        requests.push(request);
        return (responses[Math.min(requests.length, responses.length) - 1] as () => Response)();
      }),
    );
    return requests;
  };
  return { server, answer };
}

/** A client whose waits are recorded instead of slept, and whose token requests are recorded. */
export function testClient(options: Partial<PartnerCenterClientOptions> = {}) {
  const sleeps: number[] = [];
  const tokenRequests: boolean[] = [];
  const client = createPartnerCenterClient({
    baseUrl,
    getToken: async ({ forceRefresh }) => {
      tokenRequests.push(forceRefresh);
      return forceRefresh ? "fresh-token" : "token";
    },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...options,
  });
  return { client, sleeps, tokenRequests };
}

export const envelope = (rows: unknown[], totalCount = rows.length, nextLink: string | null = null) => ({
  Value: rows,
  "@nextLink": nextLink,
  TotalCount: totalCount,
});

export const ok = () => HttpResponse.json(envelope([{ id: "1" }]));

export const fault = (status: number, code: string, description: string) => () =>
  HttpResponse.json({ code, description, data: [], source: "PartnerCenter" }, { status });

export async function failure(promise: Promise<unknown>): Promise<PartnerCenterError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PartnerCenterError))
    throw new Error(`expected a PartnerCenterError, got ${String(error)}`);
  return error;
}

/** A promise and the function that resolves it (Promise.withResolvers needs Node 22). */
export function signal() {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}
