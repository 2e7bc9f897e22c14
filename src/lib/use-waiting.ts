import { useEffect, useState, useSyncExternalStore } from "react";
import { useWaitBoard } from "../api/api-context.tsx";
import { describeWaits, type Wait } from "../api/waits.ts";

const NONE: readonly Wait[] = [];
const noBoard = () => () => undefined;

/**
 * What the page waits for Partner Center for, once a wait has lasted the board's notice time (null before, and
 * when nothing waits), and the Cancel that stops every wait. While something waits, the clock is read when the
 * first notice is due and every second after, so the notice appears on time and its seconds stay current.
 */
export function useWaiting(): { text: string; cancel: () => void } | null {
  const board = useWaitBoard();
  const waits = useSyncExternalStore(board?.subscribe ?? noBoard, board?.waits ?? (() => NONE));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!board || waits.length === 0) return;
    const update = () => setNow(Date.now());
    const due = Math.min(...waits.map((wait) => wait.since)) + board.noticeAfterMs - Date.now();
    const first = setTimeout(update, Math.max(0, due));
    const timer = setInterval(update, 1_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [board, waits]);
  const text = board && describeWaits(waits, now, board.noticeAfterMs);
  return text ? { text, cancel: board.cancelAll } : null;
}
