import type { OnRetry, RetryWait } from "./request.ts";

// What the dashboard is waiting for, so that no wait for Partner Center is silent: the cards' skeletons and the
// "Updating…" line read this board, and its Cancel stops every wait at once. The waits are the page's, not a
// card's: Partner Center throttles per user, so the page's requests wait behind the same limit and the same
// slow upstream, and cancelling one card would leave the others waiting on it.

/** One query that has not answered yet: since when (epoch ms), and the retry it waits for, if any. */
export interface Wait {
  readonly since: number;
  readonly retry: RetryWait | null;
}

export interface WaitBoard {
  /** How long a wait goes unmentioned: an answer usually takes a second or two. */
  readonly noticeAfterMs: number;
  /** Runs one query, on the board until it settles; `cancelAll` aborts the signal `run` is given. */
  track<T>(signal: AbortSignal, run: (signal: AbortSignal, onRetry: OnRetry) => Promise<T>): Promise<T>;
  /** The waits now: the same array until one changes (for useSyncExternalStore). */
  waits(): readonly Wait[];
  subscribe(listener: () => void): () => void;
  /** Stops waiting: every tracked query rejects as cancelled. */
  cancelAll(): void;
}

export function createWaitBoard({ noticeAfterMs = 4_000 } = {}): WaitBoard {
  const running = new Map<symbol, { wait: Wait; controller: AbortController }>();
  const listeners = new Set<() => void>();
  let snapshot: readonly Wait[] = [];
  const changed = () => {
    snapshot = [...running.values()].map((entry) => entry.wait);
    listeners.forEach((listener) => listener());
  };
  return {
    noticeAfterMs,
    async track(signal, run) {
      const id = Symbol("wait");
      const controller = new AbortController();
      const onAbort = () => controller.abort(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      if (signal.aborted) onAbort();
      const entry = { wait: { since: Date.now(), retry: null } as Wait, controller };
      running.set(id, entry);
      changed();
      try {
        return await run(controller.signal, (retry) => {
          entry.wait = { ...entry.wait, retry };
          changed();
        });
      } finally {
        signal.removeEventListener("abort", onAbort);
        running.delete(id);
        changed();
      }
    },
    waits: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cancelAll() {
      for (const { controller } of running.values()) controller.abort(new Error("cancelled by the user"));
    },
  };
}

const clock = (at: number) =>
  new Date(at).toLocaleTimeString([], {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });

/**
 * What the page is waiting for, once some query has waited `noticeAfterMs`: a throttle (and when the retry goes),
 * another retry, or a slow answer. Null while every wait is still short.
 */
export function describeWaits(waits: readonly Wait[], now: number, noticeAfterMs: number): string | null {
  const long = waits.filter((wait) => now - wait.since >= noticeAfterMs);
  if (long.length === 0) return null;
  const retries = long.flatMap((wait) => (wait.retry && wait.retry.at > now ? [wait.retry] : []));
  const throttled = retries.filter((retry) => retry.reason === "throttled");
  const next = (throttled.length > 0 ? throttled : retries).reduce<RetryWait | null>(
    (latest, retry) => (latest === null || retry.at > latest.at ? retry : latest),
    null,
  );
  if (next?.reason === "throttled")
    return `Waiting for Partner Center: it is limiting requests (throttled); retrying at ${clock(next.at)}.`;
  if (next) return `Waiting for Partner Center: it did not answer; retrying at ${clock(next.at)}.`;
  const longest = Math.max(...long.map((wait) => now - wait.since));
  return `Waiting for Partner Center: it is slow to answer (${Math.floor(longest / 1000)} s so far).`;
}
