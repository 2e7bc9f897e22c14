import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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

beforeAll(async () => {
  mkdirSync(build);
  writeFileSync(join(build, "index.html"), "<!doctype html>");
  writeFileSync(join(dir, "not-a-certificate.pem"), "not a certificate");
  mkdirSync(join(dir, "a-directory.pem"));
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
  takenPort = (taken.address() as AddressInfo).port;
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

function runMain(env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "server/main.ts"], {
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
