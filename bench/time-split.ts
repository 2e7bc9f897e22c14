// Where an action's time goes: the renderer's own accounting (CDP Performance.getMetrics: script, style, layout)
// and the API requests it made (Resource Timing), so a failed budget points at a cause, not only a number.
import type { BrowserSession } from "./browser-session.ts";
import { cpuSpent, cpuTimes, type CpuTimes } from "./cpu-time.ts";

export interface TimeSplit {
  wallMs: number;
  /** Main-thread time in JavaScript, style recalculation and layout during the action. */
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  /** Every main-thread task together (includes the three above, plus paint, parsing, GC…). */
  taskMs: number;
  api: { requests: number; kib: number; waitingMs: number; busyMs: number };
  /** CPU ms per component (cpu-time.ts): the server's threads and Chromium's processes. */
  cpuMs: CpuTimes;
}

type Counters = Record<string, number>;

async function counters(session: BrowserSession): Promise<Counters> {
  const { metrics } = await session.cdp.send("Performance.getMetrics");
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Runs `action` and returns its result together with the split of its time; splits of repeated runs add up. */
export async function withSplit<T>(
  session: BrowserSession,
  action: () => Promise<T>,
  into?: TimeSplit[],
): Promise<T> {
  await session.cdp.send("Performance.enable");
  await session.page.evaluate("performance.clearResourceTimings()");
  const before = await counters(session);
  const cpuBefore = cpuTimes();
  const start = performance.now();
  const result = await action();
  const wallMs = performance.now() - start;
  const cpuMs = cpuSpent(cpuBefore, cpuTimes());
  const after = await counters(session);
  const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  const api = (await session.page.evaluate(`(() => {
    const entries = performance.getEntriesByType("resource").filter((e) => new URL(e.name).pathname.startsWith("/pc/"));
    const spans = entries.map((e) => [e.startTime, e.responseEnd]).sort((a, b) => a[0] - b[0]);
    let busy = 0, end = -Infinity;
    for (const [s, e] of spans) { busy += Math.max(0, e - Math.max(s, end)); end = Math.max(end, e); }
    return { requests: entries.length, kib: entries.reduce((n, e) => n + e.encodedBodySize, 0) / 1024,
      waitingMs: entries.reduce((n, e) => n + (e.responseStart - e.requestStart), 0), busyMs: busy };
  })()`)) as TimeSplit["api"];
  into?.push({
    wallMs,
    scriptMs: delta("ScriptDuration"),
    styleMs: delta("RecalcStyleDuration"),
    layoutMs: delta("LayoutDuration"),
    taskMs: delta("TaskDuration"),
    api,
    cpuMs,
  });
  return result;
}

/** The per-run average of several splits, rounded for the report. */
export function averageSplit(splits: readonly TimeSplit[]): TimeSplit | null {
  if (!splits.length) return null;
  const avg = (pick: (s: TimeSplit) => number) =>
    Math.round(splits.reduce((n, s) => n + pick(s), 0) / splits.length);
  return {
    wallMs: avg((s) => s.wallMs),
    scriptMs: avg((s) => s.scriptMs),
    styleMs: avg((s) => s.styleMs),
    layoutMs: avg((s) => s.layoutMs),
    taskMs: avg((s) => s.taskMs),
    api: {
      requests: avg((s) => s.api.requests),
      kib: avg((s) => s.api.kib),
      waitingMs: avg((s) => s.api.waitingMs),
      busyMs: avg((s) => s.api.busyMs),
    },
    cpuMs: Object.fromEntries(
      [...new Set(splits.flatMap((s) => Object.keys(s.cpuMs)))].map((kind) => [
        kind,
        avg((s) => s.cpuMs[kind] ?? 0),
      ]),
    ),
  };
}
