// Demo servers for the benchmark: in this process for the browser runs, in a child process for the load test
// (whose resident memory must be the server's alone).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { get } from "node:https";
import { createServer } from "node:net";
import { readConfig } from "../server/config.ts";
import { startServer } from "../server/start-server.ts";

// PORT=0 cannot work: the public origin (and with it the identity provider's issuer) is built from PORT.
// BENCH_PORTS=first-last moves the range, so two benchmarks (or a benchmark and other servers) can share a machine.
function portRange(spec = process.env.BENCH_PORTS ?? "8470-8479"): readonly [number, number] {
  const match = /^(\d+)-(\d+)$/.exec(spec);
  if (!match || Number(match[1]) > Number(match[2]))
    throw new Error(`BENCH_PORTS must look like 9470-9479, got "${spec}".`);
  return [Number(match[1]), Number(match[2])];
}
const PORT_RANGE = portRange();
const taken = new Set<number>();

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "localhost");
  });
}

export async function freePort(): Promise<number> {
  for (let port = PORT_RANGE[0]; port <= PORT_RANGE[1]; port++) {
    if (!taken.has(port) && (await portIsFree(port))) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`No free port in ${PORT_RANGE.join("–")} for a demo server.`);
}

// DIST_DIR passes through like in `npm run serve`, so a build elsewhere can be measured.
const demoEnv = (port: number, scale: string) => ({
  PORT: String(port),
  LOG: "off",
  DEMO_SCALE: scale,
  MOCK_FAULTS: "off",
  DIST_DIR: process.env.DIST_DIR,
});

export interface DemoServer {
  origin: string;
  close: () => Promise<void>;
}

/** App server + identity provider + mock API in this process (the bench only drives a browser meanwhile). */
export async function startInProcess(scale: string): Promise<DemoServer> {
  const config = readConfig(demoEnv(await freePort(), scale));
  const { app } = await startServer(config);
  return { origin: config.publicOrigin, close: () => app.close() };
}

/** GET over TLS that accepts the demo's self-signed certificate (fetch cannot be told to). */
export function httpsStatus(
  url: string,
  headers: Record<string, string> = {},
  timeout = 5000,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = get(url, { rejectUnauthorized: false, timeout, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.once("timeout", () => request.destroy(new Error("timeout")));
    request.once("error", reject);
  });
}

export interface ChildServer extends DemoServer {
  pid: number;
  port: number;
  /** Resident set size of the server process, from /proc/<pid>/status. */
  rssMb: () => number;
  /** CPU time (user + system) the server process has used so far, from /proc/<pid>/stat. */
  cpuSeconds: () => number;
}

export function readCpuSeconds(pid: number): number {
  // Fields after the parenthesised command name; utime and stime are the 12th and 13th of those, in clock ticks.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export function readRssMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match) throw new Error(`No VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

/**
 * `node --import tsx server/main.ts`: what `npx tsx server/main.ts` runs, minus the npx and tsx launcher
 * processes, so the child's pid is the server itself and its VmRSS is the server's memory.
 */
export async function startChild(scale = "1"): Promise<ChildServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, ...demoEnv(port, scale) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => void (output += chunk));
  child.stderr?.on("data", (chunk) => void (output += chunk));
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`Server exited (${code}):\n${output.slice(-2000)}`))),
  );
  const origin = `https://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    const status = await Promise.race([httpsStatus(`${origin}/healthz`).catch(() => 0), exited]);
    if (status === 200) break;
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`Server on ${origin} did not answer /healthz within 120 s:\n${output.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  exited.catch(() => undefined);
  const pid = child.pid!;
  return {
    origin,
    port,
    pid,
    rssMb: () => readRssMb(pid),
    cpuSeconds: () => readCpuSeconds(pid),
    close: async () => {
      if (child.exitCode !== null) return;
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}
