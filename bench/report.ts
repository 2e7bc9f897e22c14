// The benchmark's output: a table for people, bench/results.json for tools and for comparing runs.
import { writeFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem } from "node:os";
import type { BuildState } from "./dist-build.ts";
import type { Budget, Metric } from "./stats.ts";

export interface Results {
  date: string;
  mode: "full" | "quick";
  durationS: number;
  machine: {
    cores: number;
    cpuModel: string;
    memoryGiB: number;
    os: string;
    node: string;
    chromium: string;
    /** 1-minute load average when the run started and ended: above the core count, other work shared the CPUs. */
    loadAverage: { start: number; end: number };
  };
  build: BuildState | null;
  metrics: Metric[];
  /** Context for reading the numbers: route sizes, LCP elements, time splits, status codes… */
  details: Record<string, unknown>;
  /** Parts of the benchmark that could not run; the exit code is 1 when there are any. */
  errors: string[];
}

export function machineInfo(chromium: string, loadAtStart: number): Results["machine"] {
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium,
    loadAverage: {
      start: Math.round(loadAtStart * 100) / 100,
      end: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    },
  };
}

const format = (value: number, unit: Metric["unit"]) => {
  if (!Number.isFinite(value)) return "—";
  if (unit === "score") return value.toFixed(4);
  if (unit === "ratio") return `${value.toFixed(2)}×`;
  const digits = unit === "count" || Math.abs(value) >= 100 ? 0 : 1;
  const text = value.toLocaleString("en-US", {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
  return unit === "count" ? text : `${text} ${unit}`;
};

const budgetText = (budget: Budget | null, unit: Metric["unit"]) =>
  budget
    ? `${budget.kind === "max" ? "≤" : budget.kind === "below" ? "<" : "≥"} ${format(budget.value, unit)}`
    : "";

/** Fixed-width text table, one block per group, so it pastes into a PR or an issue as it is. */
export function renderTable(results: Results): string {
  const { machine } = results;
  const header = [
    `Benchmark (${results.mode}) ${results.date} · ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB · Node ${machine.node} · Chromium ${machine.chromium} · ${Math.round(results.durationS)} s`,
  ];
  if (results.build?.warning) header.push(`! ${results.build.warning.split("\n")[0]}`);
  const { start, end } = machine.loadAverage;
  if (Math.max(start, end) > machine.cores) {
    header.push(
      `! Load average ${start} at start, ${end} at end on ${machine.cores} cores: other work shared the CPUs, timings are inflated.`,
    );
  }
  const rows: string[][] = [["metric", "median", "min … max", "n", "budget", ""]];
  const groups = [...new Set(results.metrics.map((m) => m.group))];
  const groupRows = new Map<number, string>();
  for (const group of groups) {
    groupRows.set(rows.length, group);
    for (const m of results.metrics.filter((x) => x.group === group)) {
      const spread = m.n > 1 ? `${format(m.min, m.unit)} … ${format(m.max, m.unit)}` : "";
      rows.push([
        `  ${m.label}`,
        format(m.median, m.unit),
        spread,
        String(m.n),
        budgetText(m.budget, m.unit),
        m.pass === null ? "" : m.pass ? "pass" : "FAIL",
      ]);
    }
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join("  ")
      .trimEnd();
  const out = [...header, "", line(rows[0]!)];
  rows.slice(1).forEach((r, i) => {
    const group = groupRows.get(i + 1);
    if (group) out.push("", group);
    out.push(line(r));
  });
  const failed = results.metrics.filter((m) => m.pass === false);
  out.push(
    "",
    `${results.metrics.filter((m) => m.pass).length} within budget, ${failed.length} over: ${failed.map((m) => m.id).join(", ") || "none"}`,
  );
  for (const error of results.errors) out.push(`ERROR ${error}`);
  return out.join("\n");
}

export function writeResults(results: Results, path = "bench/results.json") {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
