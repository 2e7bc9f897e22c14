// CPU time by component (this process's threads and Chromium's processes), from /proc: where an action's time went
// when the machine's cores, not any one part, are the limit. On a 2-core machine the server, the engine's thread,
// the renderer and the network service share the cores, so the sum over a wall-clock span says whether that span
// could be shorter at all. Linux only; elsewhere every component reads 0.
import { readdirSync, readFileSync } from "node:fs";

export type CpuTimes = Record<string, number>;

const TICKS_PER_SECOND = 100;

/** utime + stime in ms of one /proc stat line (fields after the command name's closing parenthesis). */
function statCpuMs(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

function read(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/** Chromium's process kind from its command line: renderer, utility (the network service), gpu-process… */
function chromiumKind(pid: string): string | null {
  // Chromium rewrites its process title, so the arguments may be separated by spaces instead of NULs.
  const args = read(`/proc/${pid}/cmdline`)?.split(/[\0 ]/) ?? [];
  if (!args[0]?.includes("chrom")) return null;
  const type = args.find((a) => a.startsWith("--type="))?.slice("--type=".length);
  if (type === "utility") {
    const service = args.find((a) => a.startsWith("--utility-sub-type="));
    return service?.includes("network") ? "chromium network service" : "chromium utility";
  }
  return `chromium ${type ?? "browser"}`;
}

/** The processes below `root` (Chromium forks its renderers from a zygote, so not only direct children). */
function descendants(root: number): string[] {
  const parentOf = new Map<string, string>();
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    const stat = read(`/proc/${pid}/stat`);
    if (stat) parentOf.set(pid, stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]!);
  }
  const below = new Set([String(root)]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parentOf)
      if (!below.has(pid) && below.has(parent)) grew = below.add(pid).size > 0;
  }
  below.delete(String(root));
  return [...below];
}

/**
 * CPU ms used so far: this process's main thread (the demo server, and the bench's own driving of the browser) and
 * its other threads (the mock engine's worker, GC and libuv helpers), and each kind of Chromium process.
 */
export function cpuTimes(): CpuTimes {
  const times: CpuTimes = {};
  const own = read(`/proc/${process.pid}/stat`);
  const main = read(`/proc/${process.pid}/task/${process.pid}/stat`);
  if (!own || !main) return times;
  times["server main thread"] = statCpuMs(main);
  times["server other threads (engine…)"] = statCpuMs(own) - statCpuMs(main);
  for (const pid of descendants(process.pid)) {
    const kind = chromiumKind(pid);
    const stat = kind && read(`/proc/${pid}/stat`);
    if (kind && stat) times[kind] = (times[kind] ?? 0) + statCpuMs(stat);
  }
  return times;
}

/** CPU ms per component between two readings; a process that ended in between counts from 0. */
export function cpuSpent(before: CpuTimes, after: CpuTimes): CpuTimes {
  return Object.fromEntries(
    Object.entries(after).map(([kind, ms]) => [kind, Math.max(0, ms - (before[kind] ?? 0))]),
  );
}
