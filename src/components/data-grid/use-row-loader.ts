import { useCallback, useEffect, useReducer, useRef } from "react";
import { useApi } from "../../api/api-context.tsx";
import { PagedReadError } from "../../api/errors.ts";
import type { ResumePoint } from "../../api/page-cursor.ts";
import type { RowQuery } from "../../api/query.ts";
import type { ResourceName, Row } from "../../api/resources.ts";
import { loadRows, type LoadEnd, type LoadResult } from "./load-rows.ts";

export type LoadStatus = "idle" | "loading" | "failed" | LoadEnd;

export interface RowLoad<R extends ResourceName> {
  status: LoadStatus;
  /** The query the rows belong to; null before the first load. */
  query: RowQuery<R> | null;
  rows: readonly Row<R>[];
  totalCount: number | null;
  error: unknown;
  /** Where Resume (after a failure) or Continue (after a cancel) picks up. */
  resumeFrom: ResumePoint<Row<R>> | null;
}

type Action<R extends ResourceName> =
  | { type: "start"; query: RowQuery<R>; resumeFrom: ResumePoint<Row<R>> | null }
  | { type: "progress"; rows: readonly Row<R>[]; totalCount: number }
  | { type: "end"; result: LoadResult<R> }
  | { type: "fail"; error: unknown };

function idle<R extends ResourceName>(): RowLoad<R> {
  return { status: "idle", query: null, rows: [], totalCount: null, error: null, resumeFrom: null };
}

function reduce<R extends ResourceName>(state: RowLoad<R>, action: Action<R>): RowLoad<R> {
  switch (action.type) {
    case "start":
      return {
        status: "loading",
        query: action.query,
        rows: action.resumeFrom?.rows ?? [],
        totalCount: action.resumeFrom?.totalCount ?? null,
        error: null,
        resumeFrom: null,
      };
    case "progress":
      return { ...state, rows: action.rows, totalCount: action.totalCount };
    case "end":
      return {
        ...state,
        status: action.result.end,
        rows: action.result.rows,
        totalCount: action.result.totalCount,
        resumeFrom: action.result.resumeFrom,
      };
    case "fail": {
      const paged = action.error instanceof PagedReadError ? (action.error as PagedReadError<Row<R>>) : null;
      return {
        ...state,
        status: "failed",
        error: action.error,
        rows: paged?.rows ?? state.rows,
        resumeFrom: paged?.resumeFrom ?? null,
      };
    }
  }
}

/**
 * Raw rows of one resource, kept outside React Query: 100k-row arrays gain nothing from caching or structural
 * sharing, and a load must be cancellable and resumable page by page. Starting a load cancels the one running.
 */
export function useRowLoader<R extends ResourceName>(resource: R) {
  const { client } = useApi();
  const [state, dispatch] = useReducer(reduce<R>, undefined, idle<R>);
  const running = useRef<AbortController | null>(null);

  const start = useCallback(
    (query: RowQuery<R>, resumeFrom: ResumePoint<Row<R>> | null = null) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      // A superseded load may still settle; only the latest one may write.
      const current = () => running.current === controller;
      dispatch({ type: "start", query, resumeFrom });
      loadRows(client, resource, query, {
        signal: controller.signal,
        resumeFrom,
        onProgress: (rows, totalCount) => current() && dispatch({ type: "progress", rows, totalCount }),
      }).then(
        (result) => current() && dispatch({ type: "end", result }),
        (error: unknown) => current() && dispatch({ type: "fail", error }),
      );
    },
    [client, resource],
  );

  const cancel = useCallback(() => running.current?.abort(), []);
  const { query, resumeFrom } = state;
  const resume = useCallback(() => {
    if (query && resumeFrom) start(query, resumeFrom);
  }, [query, resumeFrom, start]);

  useEffect(() => () => running.current?.abort(), []);

  return { ...state, load: start, cancel, resume };
}

export type RowLoader<R extends ResourceName> = ReturnType<typeof useRowLoader<R>>;
