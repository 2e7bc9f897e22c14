// Real parts for the report command's tests: the deployment it reads (HTTPS server with the embedded identity
// provider and the mock API), a mail server that keeps what it receives, and the command itself as a process.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import type { Browser } from "playwright-core";
import { SMTPServer } from "smtp-server";
import { readConfig } from "../../server/config.ts";
import { startServer } from "../../server/start-server.ts";
import { freePort } from "./free-port.ts";

/** A deployment as `npm run serve` runs it, with a small dataset; MOCK_FAULTS for POST /__mock/restart-idp. */
export async function startDeployment() {
  const port = await freePort();
  const config = readConfig({
    PORT: String(port),
    HOST: "localhost",
    LOG: "off",
    DIST_DIR: "off",
    DEMO_SCALE: "0.05",
    MOCK_FAULTS: "on",
  });
  const { app, mock } = await startServer(config);
  return { app, origin: config.publicOrigin, upstream: mock!.url };
}

export const SMTP_USER = { name: "reporter", password: "smtp-secret-9" };

/** An SMTP server on loopback that asks for a password and parses every message it accepts. */
export async function startMailServer() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER.name && auth.password === SMTP_USER.password)
        return callback(null, { user: auth.username });
      callback(new Error("Invalid username or password"));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => void received.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { server, port, received, close: () => new Promise<void>((resolve) => server.close(resolve)) };
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run report -- …args` as a process; `onLine` sees each line of its output as it comes. */
export function runReport(
  args: string[],
  env: Record<string, string>,
  onLine: (line: string) => void = () => undefined,
  signal?: AbortSignal,
): Promise<Run> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/report.ts", ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    signal,
  });
  const out = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: Buffer) => {
    out.stdout += chunk;
    for (const line of String(chunk).split("\n")) if (line) onLine(line);
  });
  child.stderr.on("data", (chunk: Buffer) => void (out.stderr += chunk));
  child.on("error", () => undefined); // an abort kills the child; "close" still reports it
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, ...out })));
}

/**
 * `npm run report -- --sign-in` with the user's half done in `browser` as `user`. When that half fails, the command
 * is stopped (it would poll until the code expires) and the failure is thrown.
 */
export async function signInWithDeviceCode(
  browser: Browser,
  args: string[],
  env: Record<string, string>,
  user: string,
) {
  const abort = new AbortController();
  let userHalf: Promise<void> | undefined;
  const run = await runReport(
    ["--sign-in", ...args],
    env,
    (line) => {
      if (!line.startsWith("To sign in")) return;
      userHalf = completeDeviceSignIn(browser, line, user).catch((error: unknown) => {
        abort.abort();
        throw error;
      });
    },
    abort.signal,
  );
  if (!userHalf) throw new Error(`No device code was printed: ${run.stdout}${run.stderr}`);
  await userHalf;
  return run;
}

/** The user's half of the device flow, in a real browser: open the address, enter the code, sign in. */
export async function completeDeviceSignIn(browser: Browser, line: string, user: string) {
  const [, address, code] = /open (\S+) in a browser and enter the code (\S+)/.exec(line) ?? [];
  if (!address || !code) throw new Error(`Not a device-code prompt: ${line}`);
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(address);
  await page.locator('input[name="user_code"]').fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Username").fill(user);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Signed in" }).waitFor();
  await context.close();
}

/** Makes every cached access token look expired, so the next run must renew with the refresh token. */
export function expireAccessTokens(cachePath: string) {
  const cache = JSON.parse(readFileSync(cachePath, "utf8")) as {
    AccessToken: Record<string, Record<string, string>>;
  };
  for (const token of Object.values(cache.AccessToken)) {
    token.expires_on = "1";
    token.extended_expires_on = "1";
  }
  writeFileSync(cachePath, JSON.stringify(cache), { mode: 0o600 });
  return Object.values(cache.AccessToken).map((token) => token.secret);
}
