import { PagedReadError, PartnerCenterError } from "./errors.ts";
import { buildQueryString } from "./query.ts";
import type { AnalyticsQuery } from "./query.ts";
import { requestedTop } from "./page-checks.ts";
import type { OnRetry, send } from "./request.ts";
import type { ResourceName } from "./resources.ts";
import type { PageCursor, ResumePoint } from "./page-cursor.ts";
import type { Envelope } from "./schemas.ts";

export interface Page<T> extends Envelope<T> {
  correlationId: string;
  requestId: string;
  /** The page after this one; null at the end of the result. */
  next: PageCursor | null;
}

export interface ReadAllOptions {
  signal?: AbortSignal;
  /** Stop after this many rows (the first request asks for no more than this). */
  maxRows?: number;
  /** After every page: rows loaded, and rows this read will load in total. */
  onProgress?: (loaded: number, total: number) => void;
  /**
   * `resumeFrom` of a PagedReadError from the same resource and query. Untyped because caught errors are;
   * a cursor of another resource is refused when followed.
   */
  resumeFrom?: ResumePoint<unknown>;
  /** Hears of every wait between attempts (Retry-After, back-off). */
  onRetry?: OnRetry;
}

export interface ReadAllResult<T> {
  rows: T[];
  totalCount: number;
  /** True when maxRows stopped the read before the end of the result. */
  truncated: boolean;
}

export type FetchPage<T> = (cursor: PageCursor, signal?: AbortSignal) => Promise<Page<T>>;

export function firstCursor<R extends ResourceName>(resource: R, query: AnalyticsQuery<R>): PageCursor {
  const search = buildQueryString(resource, query);
  return { link: search ? `${resource}?${search}` : resource, pageIndex: 0, skip: query.skip ?? 0 };
}

/**
 * Follows `@nextLink`; without one, continues at `skip` + rows received while that is below TotalCount. The
 * cursor carries what the next page is checked against (page-checks.ts): the first page's TotalCount and this
 * page's last row. A short or empty page before the end never gets here: checkPage fails it.
 */
export function nextCursor<R extends ResourceName>(
  resource: R,
  query: AnalyticsQuery<R>,
  cursor: PageCursor,
  page: Envelope<unknown>,
): PageCursor | null {
  const skip = cursor.skip + page.rows.length;
  if (page.rows.length === 0 || skip >= page.totalCount) return null;
  const link = page.nextLink ?? firstCursor(resource, { ...query, skip }).link;
  return {
    link,
    pageIndex: cursor.pageIndex + 1,
    skip,
    totalCount: page.totalCount,
    lastRow: page.rows.at(-1),
  };
}

export async function* pages<T>(
  fetchPage: FetchPage<T>,
  from: PageCursor,
  signal?: AbortSignal,
): AsyncGenerator<Page<T>, void, undefined> {
  for (let cursor: PageCursor | null = from; cursor;) {
    const page = await fetchPage(cursor, signal);
    yield page;
    cursor = page.next;
  }
}

/**
 * One page's request and its checks, apart, so several requests can run while the checks stay in order. `R` is
 * the answer as received (request.ts's Sent).
 */
export interface PageReader<T, R = Awaited<ReturnType<typeof send>>> {
  /** Checks the cursor's link and sends it. */
  request: (cursor: PageCursor, signal?: AbortSignal) => Promise<R>;
  /** Parses the answer and checks it against the pages before (page-checks.ts). */
  finish: (cursor: PageCursor, response: R) => Page<T>;
  /** The read's own query for the page at `skip` (what a request ahead asks for). */
  predict: (skip: number, top: number) => PageCursor;
  /** Whether the page the read reached asks for exactly the rows a request ahead asked for. */
  sameRows: (cursor: PageCursor, predicted: PageCursor) => boolean;
}

/**
 * `pages`, with up to `inFlight` requests at once. After a page, the next `inFlight` pages are asked for with
 * the read's own query at the skip each will start at (the result's size is known from the first page). When the
 * read reaches a page, the answer ahead is used only if the link it got from the page before asks for the same
 * rows (same query, skip and top, see page-checks.ts); otherwise that link is requested as it would have been.
 * Every page is finished (parsed, checked against TotalCount and the page before) in order, so the checks see
 * exactly what a read one page at a time sees. Requests still ahead when the read ends or fails are cancelled.
 */
export async function* readAhead<T, R>(
  reader: PageReader<T, R>,
  from: PageCursor,
  { inFlight, until = Infinity, signal }: { inFlight: number; until?: number; signal?: AbortSignal },
): AsyncGenerator<Page<T>, void, undefined> {
  const ahead = new Map<number, { cursor: PageCursor; answer: Promise<R> }>();
  const stop = new AbortController();
  const requestSignal = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
  try {
    for (let cursor: PageCursor | null = from; cursor;) {
      const guess = ahead.get(cursor.skip);
      ahead.delete(cursor.skip);
      const answer =
        guess && reader.sameRows(cursor, guess.cursor) ? guess.answer : reader.request(cursor, requestSignal);
      const page = reader.finish(cursor, await answer);
      // Asked for before the page is handed over: the server works while the caller handles this one.
      const next = page.next;
      const top = next ? requestedTop(next) : 0;
      for (
        let i = 0, skip = next?.skip ?? 0;
        next && i < inFlight && skip < Math.min(page.totalCount, until);
        i++, skip += top
      ) {
        if (signal?.aborted || ahead.has(skip)) continue;
        const predicted = reader.predict(skip, top);
        const request = reader.request(predicted, requestSignal);
        // Awaited when the read gets there; a read that ends first drops it without an unhandled rejection.
        request.catch(() => undefined);
        ahead.set(skip, { cursor: predicted, answer: request });
      }
      yield page;
      cursor = next;
    }
  } finally {
    stop.abort(new DOMException("The read ended before this page was needed.", "AbortError"));
  }
}

export async function readAll<T>(
  fetchPage: FetchPage<T>,
  start: PageCursor,
  options: ReadAllOptions,
): Promise<ReadAllResult<T>> {
  const { signal, maxRows = Infinity, onProgress, resumeFrom } = options;
  const rows = resumeFrom ? [...(resumeFrom.rows as readonly T[])] : [];
  let totalCount = resumeFrom?.totalCount ?? null;
  let cursor: PageCursor | null = resumeFrom?.cursor ?? start;
  try {
    for await (const page of pages(fetchPage, cursor, signal)) {
      for (let i = 0; i < page.rows.length && rows.length < maxRows; i++) rows.push(page.rows[i] as T);
      totalCount = page.totalCount;
      cursor = page.next;
      onProgress?.(rows.length, Math.min(Math.max(totalCount - start.skip, 0), maxRows));
      if (rows.length >= maxRows) break;
    }
  } catch (error) {
    // A failure before any row arrived is just that request's error; "page 1 failed after 0 rows" says less.
    if (error instanceof PartnerCenterError && cursor && rows.length > 0)
      throw new PagedReadError(error, cursor, rows, totalCount);
    throw error;
  }
  return { rows, totalCount: totalCount ?? rows.length, truncated: cursor !== null };
}
