import { PagedReadError } from "../../api/errors.ts";
import type { ResourceName } from "../../api/resources.ts";
import { formatNumber } from "../../lib/format.ts";
import { pageSpan } from "../../lib/grid-pages.ts";
import { EmptyState, ErrorPanel } from "../states.tsx";
import { FailureNotice } from "./failure-notice.tsx";
import { GRID_HEIGHT } from "./grid-columns.ts";
import { MAX_GRID_ROWS } from "./load-rows.ts";
import type { LoadStatus as Status, RowLoader } from "./use-row-loader.ts";
import { Button } from "../ui/button.tsx";

/** "12,000 of 48,310 rows loaded": never a bare count while the rows are not all there. */
export function rowCountText(
  status: Status,
  loaded: number,
  total: number | null,
  shown: number | null,
): string {
  const of = total === null ? "" : ` of ${formatNumber(total)}`;
  let text: string;
  if (status === "idle") text = total === null ? "Counting rows…" : `${formatNumber(total)} rows`;
  else if (status === "done") text = `${formatNumber(loaded)} rows`;
  else if (status === "capped") text = `First ${formatNumber(loaded)}${of} rows`;
  else text = `${formatNumber(loaded)}${of} rows loaded`;
  return shown === null || status === "idle" ? text : `${formatNumber(shown)} shown · ${text}`;
}

/** Before any row is loaded: the grid's place, and the button that loads it. */
export function LoadPrompt({ total, onLoad }: { total: number | null; onLoad: () => void }) {
  if (total === 0) return <NoRows>No rows match the page's filters.</NoRows>;
  const label =
    total === null
      ? "Load rows"
      : total > MAX_GRID_ROWS
        ? `Load the first ${formatNumber(MAX_GRID_ROWS)} rows`
        : `Load ${formatNumber(total)} rows`;
  return (
    <div
      style={{ height: GRID_HEIGHT }}
      className="flex flex-col items-center justify-center gap-3 rounded-md border border-dashed border-slate-300 p-4 text-center text-sm dark:border-slate-700"
    >
      <p>Raw rows are loaded on request, page by page, so the charts come first.</p>
      <Button onClick={onLoad}>{label}</Button>
    </div>
  );
}

export function NoRows({ children }: { children: string }) {
  return <EmptyState height={GRID_HEIGHT}>{children}</EmptyState>;
}

/**
 * Progress and Cancel while loading, on the row-count line: nothing appears or disappears above the grid when a
 * load ends, so the grid does not jump.
 */
export function LoadProgress({
  loaded,
  total,
  onCancel,
}: {
  loaded: number;
  total: number | null;
  onCancel: () => void;
}) {
  return (
    <>
      <progress
        className="w-32"
        aria-label="Rows loaded"
        max={total ?? undefined}
        value={total === null ? undefined : loaded}
      />
      <span>Sorting and filters cover the loaded rows only.</span>
      <Button size="xs" onClick={onCancel}>
        Cancel
      </Button>
    </>
  );
}

/** After a load that did not get every row: what is missing, and how to get it. */
export function LoadStatus<R extends ResourceName>({
  load,
  onRetry,
}: {
  load: RowLoader<R>;
  onRetry: () => void;
}) {
  const { status, rows, totalCount, error } = load;
  const loaded = formatNumber(rows.length);
  const of = totalCount === null ? "" : ` of ${formatNumber(totalCount)}`;
  const notice =
    "mb-2 flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-50";

  if (status === "failed" && error instanceof PagedReadError) {
    const { first, last } = pageSpan(error.resumeFrom.cursor, totalCount, load.query?.top);
    // Pages that do not fit together cannot be resumed into a whole result: only a fresh read can give one.
    const inconsistent = error.kind === "inconsistent-pages";
    const what = inconsistent ? "does not continue the pages before it" : "failed to load";
    return (
      <div className="mb-2">
        <FailureNotice
          heading={`Page ${error.pageIndex + 1} (rows ${formatNumber(first)}–${formatNumber(last)}) ${what}: ${error.detail}`}
          error={error}
          action={inconsistent ? "Load again" : "Resume"}
          onAction={inconsistent ? onRetry : load.resume}
        >
          <p>
            Only {loaded}
            {of} rows are loaded; this is not the whole result.
          </p>
        </FailureNotice>
      </div>
    );
  }
  if (status === "failed") {
    return (
      <div className="mb-2">
        <ErrorPanel error={error} onRetry={onRetry} />
      </div>
    );
  }
  if (status === "cancelled") {
    return (
      <div role="status" className={notice}>
        <span className="flex-1">
          Loading was cancelled after {loaded}
          {of} rows; this is not the whole result.
        </span>
        {load.resumeFrom && <Button onClick={load.resume}>Continue loading</Button>}
      </div>
    );
  }
  if (status === "capped") {
    return (
      <p role="status" className={notice}>
        The grid holds at most {formatNumber(MAX_GRID_ROWS)} rows: these are the first {loaded}
        {of}. Narrow the filters to see the rest; the export includes every row.
      </p>
    );
  }
  if (status === "done" && totalCount !== null && rows.length < totalCount) {
    return (
      <p role="status" className={notice}>
        The API announced {formatNumber(totalCount)} rows but returned {loaded}.
      </p>
    );
  }
  return null;
}
