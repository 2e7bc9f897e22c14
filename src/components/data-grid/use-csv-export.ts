import { useCallback, useEffect, useRef, useState } from "react";
import { useApi } from "../../api/api-context.tsx";
import type { PartnerCenterClient } from "../../api/client.ts";
import type { RowQuery } from "../../api/query.ts";
import type { ResourceName, Row } from "../../api/resources.ts";
import { apiRows, exportCsv, memoryRows, type RowSource } from "../../lib/csv-export.ts";
import { PageReadFailure, pageSpan } from "../../lib/grid-pages.ts";
import type { LoadStatus } from "./use-row-loader.ts";

export type ExportState =
  | { status: "idle" }
  | { status: "running"; read: number; total: number | null }
  | {
      status: "done";
      url: string;
      fileName: string;
      /** Rows written, after the column filters. */
      rows: number;
      /** Rows read: every row Partner Center announced for the export's scope. */
      read: number;
      scope: string;
      columnFilters: string | null;
    }
  | { status: "cancelled" }
  | { status: "failed"; error: unknown; span: { first: number; last: number } | null };

/** What the grid holds: the row loader's state and the order it shows the rows in. */
export interface LoadedRows<R extends ResourceName> {
  status: LoadStatus;
  /** The query the rows were loaded for. */
  query: RowQuery<R> | null;
  rows: readonly Row<R>[];
  /** The TotalCount the rows were loaded against. */
  totalCount: number | null;
  /** Row indices in the grid's browser sort; null when the grid shows the rows as they arrived. */
  order: Uint32Array | null;
}

export interface ExportRequest<R extends ResourceName> {
  query: RowQuery<R>;
  keep: ((row: Row<R>) => boolean) | null;
  fileName: string;
  /** The range and API filters the rows are read for, and the column filters kept (see describeFilters). */
  scope: string;
  columnFilters: string | null;
  /** The grid's rows; the export writes them instead of reading the API again when they are the whole result. */
  loaded?: LoadedRows<R> | null;
}

/**
 * The grid's rows when it holds the query's whole result (every page read for the same filter), else the API.
 * In-memory rows are written in the order the grid shows them, so the file matches the screen even for a sort
 * done in the browser; the API path follows the sort only where the server can order by its column.
 */
export function exportSource<R extends ResourceName>(
  client: PartnerCenterClient,
  resource: R,
  query: RowQuery<R>,
  loaded: LoadedRows<R> | null | undefined,
): RowSource<R> {
  const complete =
    loaded?.status === "done" &&
    loaded.rows.length === loaded.totalCount &&
    loaded.query !== null &&
    loaded.query.filter?.expression === query.filter?.expression;
  return complete ? memoryRows(loaded.rows, loaded.order) : apiRows(client, resource, query);
}

function download(url: string, fileName: string) {
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Writes the whole result into a CSV Blob and downloads it. The file is made only after the last page, so a
 * failed or cancelled export never saves anything; the state says what happened.
 */
export function useCsvExport<R extends ResourceName>(resource: R) {
  const { client } = useApi();
  const [state, setState] = useState<ExportState>({ status: "idle" });
  const running = useRef<AbortController | null>(null);
  const objectUrl = useRef<string | null>(null);

  const release = () => {
    if (objectUrl.current) URL.revokeObjectURL(objectUrl.current);
    objectUrl.current = null;
  };

  const start = useCallback(
    async ({ query, keep, fileName, scope, columnFilters, loaded }: ExportRequest<R>) => {
      running.current?.abort();
      release();
      const controller = new AbortController();
      running.current = controller;
      const current = () => running.current === controller;
      let total: number | null = null;
      let read = 0;
      setState({ status: "running", read: 0, total: null });
      try {
        const file = await exportCsv(resource, exportSource(client, resource, query, loaded), {
          signal: controller.signal,
          keep,
          onProgress: (progress) => {
            ({ total, read } = progress);
            if (current()) setState({ status: "running", ...progress });
          },
        });
        if (!current()) return;
        if (!file) {
          setState({ status: "cancelled" });
          return;
        }
        const url = URL.createObjectURL(file.blob());
        objectUrl.current = url;
        download(url, fileName);
        setState({ status: "done", url, fileName, rows: file.rowCount, read, scope, columnFilters });
      } catch (error) {
        if (!current()) return;
        const failure = error instanceof PageReadFailure ? error : null;
        setState({
          status: "failed",
          error: failure ? failure.cause : error,
          span: failure ? pageSpan(failure.cursor, total, query.top) : null,
        });
      }
    },
    [client, resource],
  );

  const cancel = useCallback(() => running.current?.abort(), []);

  useEffect(
    () => () => {
      running.current?.abort();
      release();
    },
    [],
  );

  return { state, start, cancel };
}
