import type { PartnerCenterClient } from "../api/client.ts";
import type { PageCursor } from "../api/page-cursor.ts";
import { firstCursor, type Page } from "../api/paging.ts";
import { maxTop, type RowQuery } from "../api/query.ts";
import type { ResourceName, Row } from "../api/resources.ts";

/** Raw reads (grid and export) ask for the API's largest page, so 100k rows take 10 requests. */
export const PAGE_SIZE = maxTop;
/**
 * Pages requested at once: the server prepares the next pages while the browser parses one (issue 18). Few, since
 * Partner Center throttles per user and each page of raw rows is up to ~8 MB of JSON held until it is read.
 */
export const PAGES_IN_FLIGHT = 3;

/** A page request failed (after the client's own retries); `cursor` is that page, to ask for it again. */
export class PageReadFailure extends Error {
  override readonly name = "PageReadFailure";

  constructor(
    readonly cursor: PageCursor,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

export interface ReadPagesOptions<R extends ResourceName> {
  signal: AbortSignal;
  /** Continue here (a cursor an earlier read stopped at) instead of the first page. */
  from?: PageCursor;
  /** Called for every page (and awaited); return false to stop after it. */
  onPage: (page: Page<Row<R>>) => boolean | void | Promise<boolean | void>;
  /**
   * Ask for the next page before `onPage` handles this one, so the server and the network work while the browser
   * does. A cancel then aborts that request; a stop (`onPage` returning false) lets it run to no use.
   */
  prefetch?: boolean;
  /** Pages requested at once (PAGES_IN_FLIGHT for the grid and the export); 1 by default. */
  inFlight?: number;
  /** No page is requested ahead from this row on: the most rows `onPage` will keep. */
  until?: number;
}

/**
 * Reads raw rows page by page through `client.pages`, which follows `@nextLink` and stops at TotalCount.
 * Resolves to the cursor reading stopped at: null when the whole result was read, else the next page to ask
 * for (after a cancel or when `onPage` stopped it). A failed page rejects with PageReadFailure.
 */
export async function readPages<R extends ResourceName>(
  client: PartnerCenterClient,
  resource: R,
  query: RowQuery<R>,
  { signal, from, onPage, prefetch = false, inFlight = 1, until }: ReadPagesOptions<R>,
): Promise<PageCursor | null> {
  let at = from ?? firstCursor(resource, query);
  const pages = client.pages(resource, query, { signal, from: at, inFlight, until });
  let ahead: Promise<IteratorResult<Page<Row<R>>>> | null = null;
  try {
    for (;;) {
      let result: IteratorResult<Page<Row<R>>>;
      try {
        result = await (ahead ?? pages.next());
      } catch (error) {
        if (signal.aborted) return at;
        throw new PageReadFailure(at, error);
      }
      if (result.done) return null;
      const next: PageCursor | null = result.value.next;
      ahead = prefetch && next !== null ? pages.next() : null;
      // Awaited on the next turn; until then (or when no turn comes after a cancel) its failure is not unhandled.
      ahead?.catch(() => undefined);
      // Without prefetch, checked before the next request: a cancel during onPage sends nothing more.
      if ((await onPage(result.value)) === false || signal.aborted || next === null) return next;
      at = next;
    }
  } finally {
    void pages.return();
  }
}

/** The rows (1-based, inclusive) a page asked for: "rows 20,001–30,000". */
export function pageSpan(
  cursor: PageCursor,
  totalCount: number | null,
  top = PAGE_SIZE,
): { first: number; last: number } {
  const end = cursor.skip + top;
  return {
    first: cursor.skip + 1,
    last: totalCount === null ? end : Math.max(cursor.skip + 1, Math.min(end, totalCount)),
  };
}
