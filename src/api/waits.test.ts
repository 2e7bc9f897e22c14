import { describe, expect, test } from "vitest";
import { createWaitBoard, describeWaits, type Wait } from "./waits.ts";

const at = (text: string) => new Date(text).getTime();
const now = at("2026-11-30T15:00:10");

describe("describeWaits", () => {
  test("says nothing while every wait is shorter than the notice threshold", () => {
    expect(describeWaits([{ since: now - 3_999, retry: null }], now, 4_000)).toBeNull();
    expect(describeWaits([], now, 4_000)).toBeNull();
  });

  test("a long wait with no retry is a slow upstream", () => {
    const waits: Wait[] = [
      { since: now - 4_000, retry: null },
      { since: now - 12_500, retry: null },
    ];
    expect(describeWaits(waits, now, 4_000)).toBe(
      "Waiting for Partner Center: it is slow to answer (12 s so far).",
    );
  });

  test("a throttle says when the retry goes (the latest one), before any other retry", () => {
    const waits: Wait[] = [
      { since: now - 5_000, retry: { reason: "server", at: at("2026-11-30T15:00:12") } },
      { since: now - 5_000, retry: { reason: "throttled", at: at("2026-11-30T15:00:55") } },
      { since: now - 5_000, retry: { reason: "throttled", at: at("2026-11-30T15:00:40") } },
    ];
    expect(describeWaits(waits, now, 4_000)).toBe(
      "Waiting for Partner Center: it is limiting requests (throttled); retrying at 15:00:55.",
    );
    expect(describeWaits(waits.slice(0, 1), now, 4_000)).toBe(
      "Waiting for Partner Center: it did not answer; retrying at 15:00:12.",
    );
  });
});

describe("createWaitBoard", () => {
  test("tracks a query until it settles, with its retry, and cancelAll aborts it", async () => {
    const board = createWaitBoard();
    const seen: (readonly Wait[])[] = [];
    board.subscribe(() => seen.push(board.waits()));
    const running = board.track(new AbortController().signal, (signal, onRetry) => {
      onRetry({ reason: "throttled", at: 1 });
      return new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
    });
    expect(board.waits()).toEqual([{ since: expect.any(Number), retry: { reason: "throttled", at: 1 } }]);
    board.cancelAll();
    await expect(running).rejects.toThrow("cancelled by the user");
    expect(board.waits()).toEqual([]);
    expect(seen.map((waits) => waits.length)).toEqual([1, 1, 0]);
  });
});
