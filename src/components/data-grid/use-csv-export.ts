import { useCallback, useEffect, useRef, useState } from "react";
import { useApi } from "../../api/api-context.tsx";
import type { RowQuery } from "../../api/query.ts";
import type { ResourceName, Row } from "../../api/resources.ts";
import { exportCsv } from "../../lib/csv-export.ts";
import { PageReadFailure, pageSpan } from "../../lib/grid-pages.ts";

export type ExportState =
  | { status: "idle" }
  | { status: "running"; read: number; total: number | null }
  | { status: "done"; url: string; fileName: string; rows: number }
  | { status: "cancelled" }
  | { status: "failed"; error: unknown; span: { first: number; last: number } | null };

export interface ExportRequest<R extends ResourceName> {
  query: RowQuery<R>;
  keep: ((row: Row<R>) => boolean) | null;
  fileName: string;
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
 * Streams the whole result into a CSV Blob and downloads it. The file is made only after the last page, so a
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
    async ({ query, keep, fileName }: ExportRequest<R>) => {
      running.current?.abort();
      release();
      const controller = new AbortController();
      running.current = controller;
      const current = () => running.current === controller;
      let total: number | null = null;
      setState({ status: "running", read: 0, total: null });
      try {
        const file = await exportCsv(client, resource, query, {
          signal: controller.signal,
          keep,
          onProgress: (progress) => {
            total = progress.total;
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
        setState({ status: "done", url, fileName, rows: file.rowCount });
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
