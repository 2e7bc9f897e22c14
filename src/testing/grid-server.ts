// Test support for the grid and export tests: a subscriptions endpoint over generated rows, paged by top/skip.
import { http, HttpResponse } from "msw";
import type { SetupServer } from "msw/node";
import { createPartnerCenterClient } from "../api/client.ts";
import { TEST_BASE_URL } from "./mock-api.ts";

export const SUBSCRIPTIONS_URL = `${TEST_BASE_URL}/partner/v1/analytics/subscriptions`;

/** A client on the test base URL that does not wait between retries. */
export const testClient = () =>
  createPartnerCenterClient({
    baseUrl: TEST_BASE_URL,
    getToken: async () => "token",
    sleep: async () => undefined,
  });

const STATUSES = ["ACTIVE", "SUSPENDED", "DEPROVISIONED"];

/** A subscription row as the API sends it; every 7th has no customer name, none has a friendly name. */
export function subscriptionRow(i: number): Record<string, unknown> {
  return {
    customerTenantId: `tenant-${i % 50}`,
    customerName: i % 7 === 3 ? null : `Customer ${String(i).padStart(5, "0")}`,
    customerMarket: ["US", "DE", "JP"][i % 3],
    id: `sub-${i}`,
    status: STATUSES[i % 3],
    productName: "Microsoft 365 E3",
    subscriptionType: "Office",
    autoRenewEnabled: i % 2 === 0,
    friendlyName: null,
    creationDate: `2026-0${1 + (i % 9)}-1${i % 10}T00:00:00`,
    licenseCount: (i * 37) % 101,
  };
}

export const subscriptionRows = (count: number) =>
  Array.from({ length: count }, (_, i) => subscriptionRow(i));

interface ServeOptions {
  /** Status to fail the page starting at `skip` with (undefined: answer it). */
  fail?: (skip: number) => number | undefined;
  /** Keep sending an @nextLink past the end, as a careless server might. */
  linkPastEnd?: boolean;
  /** Holds the answer to the page starting at `skip` until the promise settles. */
  hold?: (skip: number) => Promise<void> | undefined;
  /** Makes the page starting at `skip` misbehave, as a broken upstream or gateway might. */
  misbehave?: (skip: number) => PagingFault | undefined;
}

/** What a misbehaving page does instead of answering `top` rows from `skip` with the true total. */
export interface PagingFault {
  /** Serve rows from here instead of `skip` (a page that overlaps the one before). */
  from?: number;
  /** Send this many rows instead of `top` (a short or empty page). */
  count?: number;
  /** Announce this TotalCount instead. */
  total?: number;
  /** Change the next link's parameters (drop the filter, skip ahead). */
  link?: (params: URLSearchParams) => void;
}

/** Serves `rows` as the subscriptions resource (honouring top, skip and a one-field orderby); returns the requests. */
export function serveSubscriptions(
  server: SetupServer,
  rows: readonly Record<string, unknown>[],
  options: ServeOptions = {},
) {
  const requests: { params: URLSearchParams; correlationId: string | null }[] = [];
  server.use(
    http.get(SUBSCRIPTIONS_URL, async ({ request }) => {
      const params = new URL(request.url).searchParams;
      requests.push({ params, correlationId: request.headers.get("MS-CorrelationId") });
      const top = Number(params.get("top") ?? 10_000);
      const skip = Number(params.get("skip") ?? 0);
      await options.hold?.(skip);
      const status = options.fail?.(skip);
      if (status)
        return HttpResponse.json(
          { code: String(status), description: "upstream failure", data: [], source: "test" },
          { status },
        );
      const [field = "", direction] = (params.get("orderby") ?? "").split(" ");
      const sign = direction === "desc" ? -1 : 1;
      const key = (row: Record<string, unknown>) => row[field] as string | number;
      const ordered = field
        ? [...rows].sort((a, b) => (key(a) < key(b) ? -sign : key(a) > key(b) ? sign : 0))
        : rows;
      const more = skip + top < rows.length || options.linkPastEnd;
      const fault = options.misbehave?.(skip) ?? {};
      // Like the API's: every parameter repeated, skip advanced.
      const next = new URLSearchParams(params);
      next.set("skip", String(skip + top));
      fault.link?.(next);
      const from = fault.from ?? skip;
      return HttpResponse.json({
        Value: ordered.slice(from, from + (fault.count ?? top)),
        "@nextLink": more ? `subscriptions?${next}` : null,
        TotalCount: fault.total ?? rows.length,
      });
    }),
  );
  return requests;
}
