import { PartnerCenterError } from "../../api/errors.ts";
import { formatNumber } from "../../lib/format.ts";
import { FailureNotice } from "./failure-notice.tsx";
import type { ExportState } from "./use-csv-export.ts";
import { Button } from "../ui/button.tsx";

interface ExportProps {
  state: ExportState;
  onStart: () => void;
  onCancel: () => void;
}

/** Export CSV, or its progress and Cancel while it runs: sits in the grid's toolbar. */
export function ExportButton({ state, onStart, onCancel }: ExportProps) {
  if (state.status !== "running") {
    return <Button onClick={onStart}>Export CSV</Button>;
  }
  const { read, total } = state;
  return (
    <div role="status" className="flex items-center gap-2 text-sm">
      <progress
        className="w-32"
        aria-label="Export progress"
        max={total ?? undefined}
        value={total === null ? undefined : read}
      />
      <span>
        Exporting {formatNumber(read)}
        {total === null ? "" : ` of ${formatNumber(total)}`} rows
      </span>
      <Button onClick={onCancel}>Cancel export</Button>
    </div>
  );
}

/** How the last export ended, on its own line: saved (with the link again), cancelled, or failed with Retry. */
export function ExportOutcome({ state, onStart }: Omit<ExportProps, "onCancel">) {
  if (state.status === "done") {
    return (
      <p role="status" className="mb-2 text-sm">
        {savedText(state)}{" "}
        <a href={state.url} download={state.fileName} className="text-blue-700 underline dark:text-blue-300">
          Download again
        </a>
      </p>
    );
  }
  if (state.status === "cancelled") {
    return (
      <p role="status" className="mb-2 text-sm">
        Export cancelled: no file was saved.
      </p>
    );
  }
  if (state.status !== "failed") return null;
  return (
    <div className="mb-2">
      <FailureNotice
        heading={failureText(state.error, state.span)}
        error={state.error}
        action="Retry export"
        onAction={onStart}
      />
    </div>
  );
}

/** How many rows, and which filters they honour: the file holds every row Partner Center announced for them. */
function savedText({ fileName, rows, read, scope, columnFilters }: Extract<ExportState, { status: "done" }>) {
  const all = `all ${formatNumber(read)} rows Partner Center announced for ${scope}`;
  const which = columnFilters
    ? `the rows that match the column filters ${columnFilters}, out of ${all}`
    : all;
  return `Saved ${fileName} (${formatNumber(rows)} rows): ${which}.`;
}

/** Which rows failed and why; nothing was saved either way. */
function failureText(error: unknown, span: { first: number; last: number } | null): string {
  const why =
    error instanceof PartnerCenterError
      ? error.detail
      : error instanceof Error
        ? error.message
        : String(error);
  const where = span ? ` at rows ${formatNumber(span.first)}–${formatNumber(span.last)}` : "";
  return `Export failed${where}: ${why}. No file was saved.`;
}
