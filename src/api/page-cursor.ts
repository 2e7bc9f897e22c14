// Where a paged read is and where a failed one resumes: types shared by the reader (paging.ts) and its errors
// (errors.ts), kept apart so the two do not import each other.

/**
 * One page of a result. `link` is relative to the analytics root: our own query, or the server's
 * `@nextLink` as received (it is checked only when that page is requested, so a bad link fails the page
 * it leads to, not the one that carried it).
 */
export interface PageCursor {
  readonly link: string;
  /** 0-based. */
  readonly pageIndex: number;
  /** Rows of the whole result before this page: the `skip` it starts at. */
  readonly skip: number;
  /** After the first page: the TotalCount it announced, which every later page must repeat. */
  readonly totalCount?: number;
  /** After the first page: the last row of the page before, which this page must not repeat. */
  readonly lastRow?: unknown;
}

/** Where a failed paged read continues, and what it had loaded. */
export interface ResumePoint<T> {
  readonly cursor: PageCursor;
  readonly rows: readonly T[];
  readonly totalCount: number | null;
}
