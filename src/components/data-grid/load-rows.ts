import type { PartnerCenterClient } from "../../api/client.ts";
import { PagedReadError, PartnerCenterError } from "../../api/errors.ts";
import type { PageCursor, ResumePoint } from "../../api/page-cursor.ts";
import type { RowQuery } from "../../api/query.ts";
import type { ResourceName, Row } from "../../api/resources.ts";
import { PAGES_IN_FLIGHT, PageReadFailure, readPages } from "../../lib/grid-pages.ts";

/**
 * The most rows a grid holds. 250k rows of ~25 fields are a few hundred MB of objects and 8M px of scroll
 * height (browsers stop near 33M); bigger results are for the export, which streams.
 */
export const MAX_GRID_ROWS = 250_000;

export type LoadEnd = "done" | "capped" | "cancelled";

export interface LoadResult<R extends ResourceName> {
  end: LoadEnd;
  rows: readonly Row<R>[];
  totalCount: number | null;
  /** Where a cancelled load continues; null when there is nothing more to read. */
  resumeFrom: ResumePoint<Row<R>> | null;
}

export interface LoadOptions<R extends ResourceName> {
  signal: AbortSignal;
  /** `error.resumeFrom` of an earlier PagedReadError (or a cancelled load's `resumeFrom`) for the same query. */
  resumeFrom?: ResumePoint<Row<R>> | null;
  maxRows?: number;
  /** After every page, with a new array (so memoised sorting sees a change). */
  onProgress?: (rows: readonly Row<R>[], totalCount: number) => void;
}

/**
 * Loads every raw row of a query, page by page. A page that fails rejects with a PagedReadError carrying the
 * rows loaded so far and the failed page as its resume point; other errors (an invalid query) reject as they are.
 */
export async function loadRows<R extends ResourceName>(
  client: PartnerCenterClient,
  resource: R,
  query: RowQuery<R>,
  { signal, resumeFrom, maxRows = MAX_GRID_ROWS, onProgress }: LoadOptions<R>,
): Promise<LoadResult<R>> {
  let rows: readonly Row<R>[] = resumeFrom?.rows ?? [];
  let totalCount = resumeFrom?.totalCount ?? null;
  let next: PageCursor | null;
  try {
    next = await readPages(client, resource, query, {
      signal,
      from: resumeFrom?.cursor,
      inFlight: PAGES_IN_FLIGHT,
      until: maxRows,
      onPage: (page) => {
        const room = maxRows - rows.length;
        rows = rows.concat(page.rows.length > room ? page.rows.slice(0, room) : page.rows);
        totalCount = page.totalCount;
        onProgress?.(rows, page.totalCount);
        return rows.length < maxRows;
      },
    });
  } catch (error) {
    if (!(error instanceof PageReadFailure)) throw error;
    if (error.cause instanceof PartnerCenterError)
      throw new PagedReadError(error.cause, error.cursor, rows, totalCount);
    throw error.cause;
  }
  const end: LoadEnd = signal.aborted ? "cancelled" : next === null ? "done" : "capped";
  return {
    end,
    rows,
    totalCount,
    resumeFrom: end === "cancelled" && next ? { cursor: next, rows, totalCount } : null,
  };
}
