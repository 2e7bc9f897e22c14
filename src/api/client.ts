import { InvalidQueryError, PartnerCenterError } from "./errors.ts";
import { createLinkResolver } from "./links.ts";
import { checkLink, checkPage, requestedTop } from "./page-checks.ts";
import { firstCursor, nextCursor, pages, readAhead, readAll, type PageReader } from "./paging.ts";
import type { PageCursor } from "./page-cursor.ts";
import type { FetchPage, Page, ReadAllOptions, ReadAllResult } from "./paging.ts";
import { parsePage } from "./parse.ts";
import { isGrouped, maxTop } from "./query.ts";
import type { AnalyticsQuery, GroupedQuery, RowQuery } from "./query.ts";
import { defaultSleep, send } from "./request.ts";
import type { GetToken, OnRetry, Sleep, Transport } from "./request.ts";
import type { GroupedRow, ResourceName, Row } from "./resources.ts";

export interface PartnerCenterClientOptions {
  /** Where `/partner/v1/analytics/...` is served; the app's token-relay proxy by default. */
  baseUrl?: string;
  getToken: GetToken;
  fetch?: typeof fetch;
  /** Sent as X-Locale. */
  locale?: string;
  /** Per attempt, including reading the body. Default 30 s. */
  timeoutMs?: number;
  retry?: {
    /** Attempts in total for 429, 5xx, network errors and timeouts. Default 3. */
    maxAttempts?: number;
    /** First back-off delay; doubles on every further attempt. Default 500 ms. */
    baseDelayMs?: number;
    /** Longest Retry-After the client waits. Default 60 s. */
    maxRetryAfterSeconds?: number;
  };
  /** Injected in tests to observe and skip waits. */
  sleep?: Sleep;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Hears of every wait between attempts (Retry-After, back-off). */
  onRetry?: OnRetry;
}

export interface PagesOptions extends RequestOptions {
  /** Start here instead of the first page, e.g. `page.next` of an earlier read. */
  from?: PageCursor;
  /**
   * Pages requested at once (default 1). Beyond the first, pages are asked for ahead with this read's own query
   * at the `skip` they will start at; each is still checked in order, against the page before it, and used only
   * when the link the page before hands on asks for the same rows (see readAhead).
   */
  inFlight?: number;
  /** With `inFlight`: no page is asked for ahead from this row on (the rows the caller will keep). */
  until?: number;
}

// Raw and grouped rows have different shapes; the query's `groupby` decides which one a call returns, so
// a query typed as neither (a plain AnalyticsQuery) does not compile.
export interface PartnerCenterClient {
  readonly baseUrl: string;
  getPage<R extends ResourceName>(
    resource: R,
    query: GroupedQuery<NoInfer<R>>,
    options?: RequestOptions,
  ): Promise<Page<GroupedRow<R>>>;
  getPage<R extends ResourceName>(
    resource: R,
    query?: RowQuery<NoInfer<R>>,
    options?: RequestOptions,
  ): Promise<Page<Row<R>>>;
  pages<R extends ResourceName>(
    resource: R,
    query: GroupedQuery<NoInfer<R>>,
    options?: PagesOptions,
  ): AsyncGenerator<Page<GroupedRow<R>>, void, undefined>;
  pages<R extends ResourceName>(
    resource: R,
    query?: RowQuery<NoInfer<R>>,
    options?: PagesOptions,
  ): AsyncGenerator<Page<Row<R>>, void, undefined>;
  readAll<R extends ResourceName>(
    resource: R,
    query: GroupedQuery<NoInfer<R>>,
    options?: ReadAllOptions,
  ): Promise<ReadAllResult<GroupedRow<R>>>;
  readAll<R extends ResourceName>(
    resource: R,
    query?: RowQuery<NoInfer<R>>,
    options?: ReadAllOptions,
  ): Promise<ReadAllResult<Row<R>>>;
}

type AnyQuery = AnalyticsQuery<ResourceName>;

export function createPartnerCenterClient(options: PartnerCenterClientOptions): PartnerCenterClient {
  const baseUrl = (options.baseUrl ?? "/pc").replace(/\/+$/, "");
  const transport: Transport = {
    getToken: options.getToken,
    // Looked up per call, unbound: `window.fetch` must not be called as a method of another object.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    locale: options.locale,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxAttempts: options.retry?.maxAttempts ?? 3,
    baseDelayMs: options.retry?.baseDelayMs ?? 500,
    maxRetryAfterSeconds: options.retry?.maxRetryAfterSeconds ?? 60,
    sleep: options.sleep ?? defaultSleep,
  };
  const resolve = createLinkResolver(baseUrl);

  const pageReader = (resource: ResourceName, query: AnyQuery, onRetry?: OnRetry): PageReader<unknown> => {
    const inconsistent = (detail: string, ids: { correlationId: string | null; requestId: string | null }) =>
      new PartnerCenterError({ kind: "inconsistent-pages", resource, detail, ...ids });
    return {
      request: async (cursor, signal) => {
        const url = resolve(resource, cursor.link);
        // Like the origin check in resolve: a link that would read another query fails the page it leads to.
        const badLink = checkLink(resource, query, cursor);
        if (badLink) throw inconsistent(badLink, { correlationId: null, requestId: null });
        return send(transport, resource, url, signal, onRetry);
      },
      finish: (cursor, response) => {
        const { correlationId, requestId } = response;
        const envelope = parsePage(resource, isGrouped(query) ? "grouped" : "rows", response.text, response);
        const badPage = checkPage(cursor, envelope.rows, envelope.totalCount);
        if (badPage) throw inconsistent(badPage, response);
        return { ...envelope, correlationId, requestId, next: nextCursor(resource, query, cursor, envelope) };
      },
      predict: (skip, top) => firstCursor(resource, { ...query, skip, top }),
      sameRows: (cursor, predicted) =>
        cursor.skip === predicted.skip &&
        requestedTop(cursor) === requestedTop(predicted) &&
        checkLink(resource, query, cursor) === null,
    };
  };
  const pageFetcher =
    (resource: ResourceName, query: AnyQuery, onRetry?: OnRetry): FetchPage<unknown> =>
    async (cursor, signal) => {
      const reader = pageReader(resource, query, onRetry);
      return reader.finish(cursor, await reader.request(cursor, signal));
    };

  // Async throughout, so an invalid query rejects (and reaches React Query) instead of throwing at the call.
  const client = {
    baseUrl,
    getPage: async (resource: ResourceName, query: AnyQuery = {}, { signal, onRetry }: RequestOptions = {}) =>
      pageFetcher(resource, query, onRetry)(firstCursor(resource, query), signal),
    pages: async function* (
      resource: ResourceName,
      query: AnyQuery = {},
      { signal, from, onRetry, inFlight = 1, until }: PagesOptions = {},
    ) {
      const start = from ?? firstCursor(resource, query);
      yield* inFlight > 1
        ? readAhead(pageReader(resource, query, onRetry), start, { inFlight, until, signal })
        : pages(pageFetcher(resource, query, onRetry), start, signal);
    },
    readAll: async (resource: ResourceName, query: AnyQuery = {}, readOptions: ReadAllOptions = {}) => {
      const { maxRows } = readOptions;
      if (maxRows !== undefined && !(Number.isInteger(maxRows) && maxRows >= 1)) {
        throw new InvalidQueryError(
          resource,
          "invalid-value",
          `maxRows must be a whole number of at least 1 (got ${maxRows})`,
        );
      }
      // Never ask for more rows than the read will keep.
      const sized =
        maxRows !== undefined && (query.top ?? maxTop) > maxRows ? { ...query, top: maxRows } : query;
      return readAll(
        pageFetcher(resource, sized, readOptions.onRetry),
        firstCursor(resource, sized),
        readOptions,
      );
    },
  };
  return client as PartnerCenterClient;
}
