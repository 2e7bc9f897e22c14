import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:https";
import { test as guarded } from "./guarded.ts";

/**
 * A demo server of the spec's own (same server/main.ts as the config's webServers, its own port and settings).
 * Fault rules are global to a server, so a spec that injects faults gets a server no other spec file talks to:
 * the other worker's specs keep a healthy API whatever this one breaks.
 */
export interface OwnServer {
  url: string;
  stop: () => Promise<void>;
}

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(`${url}/healthz`, { rejectUnauthorized: false, timeout: 2_000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

export async function startOwnServer(port: number, env: Record<string, string> = {}): Promise<OwnServer> {
  const url = `https://localhost:${port}`;
  if (await healthy(url))
    throw new Error(`port ${port} is already serving a dashboard; set E2E_PORT to a free range`);
  const output: string[] = [];
  // tsx directly (not npx) and in its own process group, so stop() ends exactly this server and its children.
  const child: ChildProcess = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "server/main.ts"], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "localhost",
      MOCK_FAULTS: "on",
      LOG: "off",
      DEMO_SCALE: process.env.E2E_SCALE ?? "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the dashboard server on port ${port} exited:\n${output.join("")}`);
    if (await healthy(url)) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(
    `the dashboard server on port ${port} did not become healthy in 120 s:\n${output.join("")}`,
  );
}

/**
 * The guarded `test` on a demo server of the worker's own, on port E2E_PORT + `offset` + worker index, started the
 * first time a test of the worker uses it. For specs that change a server's global state (fault rules, an identity
 * provider restart): the other worker's tests keep a healthy server.
 */
export function onOwnServer(offset: number, env: Record<string, string> = {}) {
  const first = Number(process.env.E2E_PORT ?? 8444) + offset;
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  return guarded.extend<{}, { own: OwnServer }>({
    own: [
      // eslint-disable-next-line no-empty-pattern
      async ({}, use, workerInfo) => {
        const server = await startOwnServer(first + workerInfo.parallelIndex, env);
        await use(server);
        await server.stop();
      },
      { scope: "worker", timeout: 150_000 },
    ],
    baseURL: async ({ own }, use) => use(own.url),
  });
}
