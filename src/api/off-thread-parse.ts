import { invalidPage, parsePage, type RequestIds } from "./parse.ts";
import type { ParseReply, ParseRequest } from "./parse-messages.ts";
import type { ResourceName } from "./resources.ts";
import type { Envelope, RowShape, ShapedRow } from "./schemas.ts";

// A raw page is up to 10,000 rows (~8 MB of JSON): parsing and validating one held the main thread for 60–150 ms,
// several frames, once per page of a grid load or an export (issue 18). A worker does it; the rows come back in
// slices, each its own task here, so no frame waits long for one.

/** Bodies shorter than this (characters) are parsed in place: the round trip would cost more than it saves. */
export const OFF_THREAD_CHARS = 256 * 1024;
/** What the parser uses of a Worker (a fake in tests). */
export interface ParseWorker {
  postMessage(request: ParseRequest): void;
  onmessage: ((event: MessageEvent<ParseReply>) => void) | null;
  onerror: ((event: Event) => void) | null;
  terminate(): void;
}

export type PageParser = <R extends ResourceName, S extends RowShape>(
  resource: R,
  shape: S,
  text: string,
  ids: RequestIds,
) => Promise<Envelope<ShapedRow<R, S>>>;

interface Job {
  rows: unknown[];
  end: (end: { nextLink: string | null; totalCount: number }) => void;
  fail: (problem: string) => void;
  /** The worker is gone: parse here instead. */
  inThread: () => void;
}

/**
 * `parsePage` (same result, same errors) with large bodies parsed in a worker. Without a worker (`startWorker`
 * null, or one that fails to start or dies) every body is parsed in this thread, the pages waiting included.
 */
export function createPageParser(startWorker: (() => ParseWorker) | null): PageParser {
  const pending = new Map<number, Job>();
  let worker: ParseWorker | null = null;
  let broken = startWorker === null;
  let nextId = 0;

  const giveUp = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    const jobs = [...pending.values()];
    pending.clear();
    for (const job of jobs) job.inThread();
  };

  const running = (): ParseWorker | null => {
    if (worker || broken || !startWorker) return worker;
    try {
      worker = startWorker();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = ({ data }) => {
      const job = pending.get(data.id);
      if (!job) return;
      if ("rows" in data) {
        for (const row of data.rows) job.rows.push(row);
        return;
      }
      pending.delete(data.id);
      if ("problem" in data) job.fail(data.problem);
      else job.end(data.end);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      giveUp();
    };
    return worker;
  };

  return async (resource, shape, text, ids) => {
    const target = text.length >= OFF_THREAD_CHARS ? running() : null;
    if (!target) return parsePage(resource, shape, text, ids);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      const rows: unknown[] = [];
      pending.set(id, {
        rows,
        end: ({ nextLink, totalCount }) =>
          resolve({ rows: rows as ShapedRow<typeof resource, typeof shape>[], nextLink, totalCount }),
        fail: (problem) => reject(invalidPage(resource, problem, ids)),
        inThread: () => {
          try {
            resolve(parsePage(resource, shape, text, ids));
          } catch (error) {
            reject(error);
          }
        },
      });
      target.postMessage({ id, resource, shape, text });
    });
  };
}

/** The app's parser: a module worker where the browser has one (the CSP allows `worker-src 'self'`). */
export const parsePageOffThread = createPageParser(
  typeof Worker === "undefined"
    ? null
    : () =>
        new Worker(new URL("./parse-worker.ts", import.meta.url), {
          type: "module",
        }) as unknown as ParseWorker,
);
