import { PartnerCenterError } from "../../api/errors.ts";
import type { ResourceName } from "../../api/resources.ts";
import { formatNumber } from "../../lib/format.ts";
import { FailureNotice } from "./failure-notice.tsx";
import { useCsvExport, type ExportRequest } from "./use-csv-export.ts";

const button = "rounded-md border border-slate-300 px-3 py-1 text-sm font-medium dark:border-slate-600";

/** Export CSV of the whole result (every page, every field), with progress, Cancel, and an honest outcome. */
export function ExportButton<R extends ResourceName>({ resource, request }: { resource: R; request: ExportRequest<R> }) {
  const { state, start, cancel } = useCsvExport(resource);
  const run = () => void start(request);

  if (state.status === "running") {
    const { read, total } = state;
    return (
      <div role="status" className="flex items-center gap-2 text-sm">
        <progress className="w-32" aria-label="Export progress" max={total ?? undefined} value={total === null ? undefined : read} />
        <span>
          Exporting {formatNumber(read)}
          {total === null ? "" : ` of ${formatNumber(total)}`} rows
        </span>
        <button type="button" onClick={cancel} className={button}>
          Cancel export
        </button>
      </div>
    );
  }

  return (
    <div className="flex flex-col items-end gap-1 text-sm">
      <button type="button" onClick={run} className={button}>
        Export CSV
      </button>
      {state.status === "done" && (
        <p role="status">
          Saved {state.fileName} ({formatNumber(state.rows)} rows).{" "}
          <a href={state.url} download={state.fileName} className="text-blue-700 underline dark:text-blue-300">
            Download again
          </a>
        </p>
      )}
      {state.status === "cancelled" && <p role="status">Export cancelled: no file was saved.</p>}
      {state.status === "failed" && (
        <FailureNotice heading={failureText(state.error, state.span)} error={state.error} action="Retry" onAction={run} />
      )}
    </div>
  );
}

/** Which rows failed and why; nothing was saved either way. */
function failureText(error: unknown, span: { first: number; last: number } | null): string {
  const why = error instanceof PartnerCenterError ? error.detail : error instanceof Error ? error.message : String(error);
  const where = span ? ` at rows ${formatNumber(span.first)}–${formatNumber(span.last)}` : "";
  return `Export failed${where}: ${why}. No file was saved.`;
}
