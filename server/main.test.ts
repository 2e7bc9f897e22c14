import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Issue 17: bad settings must stop `npm run serve` with one line naming the variable and the value, no stack trace,
// before anything starts. Each case runs server/main.ts as a user would: one per setting (config.test.ts has every
// refused value of readConfig's).
const dir = mkdtempSync(join(tmpdir(), "main-test-"));
const build = join(dir, "dist");
let taken: Server;
let takenPort: number;
let freePort: number;

beforeAll(async () => {
  mkdirSync(build);
  writeFileSync(join(build, "index.html"), "<!doctype html>");
  writeFileSync(join(dir, "not-a-certificate.pem"), "not a certificate");
  mkdirSync(join(dir, "a-directory.pem"));
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
  takenPort = (taken.address() as AddressInfo).port;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  freePort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});
afterAll(() => {
  taken.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** server/main.ts as a user starts it, with a clean environment plus `env`. */
function startMain(env: Record<string, string>) {
  return spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "server/main.ts"], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      LOG: "off",
      TLS: "off",
      DIST_DIR: build,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: tsx runs the script in a child process, which must end with it.
    detached: true,
  });
}

function runMain(env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = startMain(env);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    // A setting that is wrongly accepted starts a server: end it (its process group, by pid) and fail.
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 20_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

// [case, its settings, what the one line names]; settings are read when the case runs (the taken port).
const cases: [string, () => Record<string, string>, () => string[]][] = [
  [
    "UPSTREAM=file:///etc/passwd",
    () => ({ UPSTREAM: "file:///etc/passwd" }),
    () => ["UPSTREAM", "file:///etc/passwd"],
  ],
  [
    "PUBLIC_ORIGIN=javascript:",
    () => ({ PUBLIC_ORIGIN: "javascript:alert(1)" }),
    () => ["PUBLIC_ORIGIN", "javascript:alert(1)"],
  ],
  [
    "AUTH_AUTHORITY over http",
    () => ({ AUTH_AUTHORITY: "http://login.example.com/t" }),
    () => ["AUTH_AUTHORITY", "http://login.example.com/t"],
  ],
  ["PORT=1e3", () => ({ PORT: "1e3" }), () => ["PORT", "1e3"]],
  [
    "a PORT already in use",
    () => ({ HOST: "127.0.0.1", PORT: String(takenPort) }),
    () => ["PORT", String(takenPort), "in use"],
  ],
  [
    "HOST that does not resolve",
    () => ({ HOST: "no-such-host.invalid", PORT: "9" }),
    () => ["HOST", "no-such-host.invalid"],
  ],
  ["HOST that is not a host name", () => ({ HOST: "http://localhost" }), () => ["HOST", "http://localhost"]],
  ["DEMO_SCALE=lots", () => ({ DEMO_SCALE: "lots" }), () => ["DEMO_SCALE", "lots"]],
  [
    "DEMO_SCALE naming a resource the demo does not have",
    () => ({ DEMO_SCALE: "customers=2", HOST: "127.0.0.1", PORT: String(freePort) }),
    () => ["DEMO_SCALE", "customers=2"],
  ],
  [
    "TLS_CERT_FILE without TLS_KEY_FILE",
    () => ({ TLS: "on", TLS_CERT_FILE: join(dir, "cert.pem") }),
    () => ["TLS_CERT_FILE", join(dir, "cert.pem"), "TLS_KEY_FILE"],
  ],
  [
    "a TLS_CERT_FILE that does not exist",
    () => ({
      TLS: "on",
      TLS_CERT_FILE: join(dir, "missing.pem"),
      TLS_KEY_FILE: join(dir, "not-a-certificate.pem"),
    }),
    () => ["TLS_CERT_FILE", join(dir, "missing.pem"), "no such file"],
  ],
  [
    "a TLS_KEY_FILE that cannot be read",
    () => ({
      TLS: "on",
      TLS_CERT_FILE: join(dir, "not-a-certificate.pem"),
      TLS_KEY_FILE: join(dir, "a-directory.pem"),
    }),
    () => ["TLS_KEY_FILE", join(dir, "a-directory.pem")],
  ],
  [
    "TLS files that are not a certificate and key",
    () => ({
      TLS: "on",
      TLS_CERT_FILE: join(dir, "not-a-certificate.pem"),
      TLS_KEY_FILE: join(dir, "not-a-certificate.pem"),
    }),
    () => ["TLS_CERT_FILE", "TLS_KEY_FILE", join(dir, "not-a-certificate.pem")],
  ],
  ["a DIST_DIR without a build", () => ({ DIST_DIR: dir }), () => ["DIST_DIR", dir, "index.html"]],
];

describe.concurrent("server/main.ts refuses to start", () => {
  it.each(cases)("with %s, in one line naming the variable and the value", async (_name, env, named) => {
    const { code, stdout, stderr } = await runMain(env());
    expect(code, `stdout: ${stdout}\nstderr: ${stderr}`).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.trim().split("\n");
    expect(lines, stderr).toHaveLength(1);
    expect(stderr).not.toMatch(/^\s+at /m);
    for (const text of named()) expect(lines[0]).toContain(text);
  });
});

/** Starts server/main.ts, waits for its address line, stops it (by its process group) and lists what it loaded. */
async function modulesLoaded(env: Record<string, string>): Promise<string[]> {
  const file = join(dir, `modules-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, "");
  const child = startMain({
    HOST: "127.0.0.1",
    PORT: String(freePort),
    NODE_OPTIONS: `--import ${join(process.cwd(), "server/testing/record-modules.mjs")}`,
    RECORD_MODULES: file,
    ...env,
  });
  let output = "";
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address line in 30 s:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(`:${freePort}/`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", () => reject(new Error(`the server exited:\n${output}`)));
  });
  process.kill(-child.pid!, "SIGTERM");
  await exited;
  return readFileSync(file, "utf8").split("\n").filter(Boolean);
}

describe("what a server loads", () => {
  const demoCode = (url: string) => url.includes("/mock/") || url.includes("/node_modules/oidc-provider/");

  it("in production (Entra, the real API) loads no demo code: neither the mock nor oidc-provider", async () => {
    const loaded = await modulesLoaded({
      IDENTITY_PROVIDER: "entra",
      UPSTREAM: "cloud",
      AUTH_CLIENT_ID: "11111111-1111-1111-1111-111111111111",
    });
    expect(
      loaded.some((url) => url.endsWith("/server/start-server.ts")),
      "the recorder saw the server's own modules",
    ).toBe(true);
    expect(loaded.filter(demoCode)).toEqual([]);
  });

  it("in the demo loads both (so the check above can fail)", async () => {
    const loaded = await modulesLoaded({ DEMO_SCALE: "0.02" });
    expect(loaded.some((url) => url.includes("/mock/http/start-mock-api.ts"))).toBe(true);
    expect(loaded.some((url) => url.includes("/node_modules/oidc-provider/"))).toBe(true);
  });
});
