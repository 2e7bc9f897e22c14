import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { utcToday } from "../../server/config.ts";
import { lastFullMonth } from "../../src/features/report/report-params.ts";
import { formatMonth } from "../../src/lib/format.ts";
import { DEMO_TENANT_ID } from "../../mock/idp/dev-idp.ts";
import { pdfPages } from "../../e2e/support/pdf-text.ts";
import { CHROMIUM_FLAGS, findChromium } from "../find-chromium.mjs";
import {
  expireAccessTokens,
  runReport,
  signInWithDeviceCode,
  SMTP_USER,
  startDeployment,
  startMailServer,
} from "./test-harness.ts";

// Issue 16: the unattended path on a deployment, end to end against the embedded identity provider (device flow)
// and a real mail server: sign in once, a later run renews silently, prints the PDF and mails it.
const dir = mkdtempSync(join(tmpdir(), "report-command-"));
const cache = join(dir, "state", "token-cache.json");
const PARTNER = "Fabrikam Partners (test)";
let deployment: Awaited<ReturnType<typeof startDeployment>>;
let mail: Awaited<ReturnType<typeof startMailServer>>;
let browser: Browser;
let env: Record<string, string>;

beforeAll(async () => {
  [deployment, mail, browser] = await Promise.all([
    startDeployment(),
    startMailServer(),
    chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_FLAGS }),
  ]);
  env = {
    AUTH_AUTHORITY: `${deployment.origin}/idp`,
    UPSTREAM: deployment.upstream,
    PARTNER_NAME: PARTNER,
    REPORT_TOKEN_CACHE: cache,
    // The deployment's self-signed certificate, as a company CA would be trusted.
    NODE_EXTRA_CA_CERTS: resolve(".certs/localhost-cert.pem"),
    SMTP_URL: `smtp://${SMTP_USER.name}:${SMTP_USER.password}@127.0.0.1:${mail.port}`,
    MAIL_FROM: "Partner reports <reports@example.com>",
    CHROMIUM_PATH: findChromium() ?? "",
  };
}, 60_000);
afterAll(async () => {
  await Promise.all([browser?.close(), mail?.close(), deployment?.app.close()]);
  rmSync(dir, { recursive: true, force: true });
});

// package-lock marks the packages only devDependencies need with "dev": true.
const LOCK = (
  JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, { dev?: boolean }> }
).packages;
/** The lock's keys ("node_modules/a/node_modules/b") of the packages whose modules a process resolved. */
const packagesLoaded = (urls: string) => [
  ...new Set(
    urls
      .split("\n")
      .map((url) => /(?:node_modules\/(?:@[^/]+\/)?[^/]+\/)+/.exec(url)?.[0].slice(0, -1))
      .filter((key): key is string => Boolean(key)),
  ),
];

const pdfsIn = (folder: string) => readdirSync(folder).filter((name) => name.includes(".pdf"));

describe("npm run report on a deployment", () => {
  it("signs in once with a device code, then renews silently, prints the PDF and mails it", async () => {
    const signIn = await signInWithDeviceCode(browser, [], env, "alex");
    expect(signIn.stderr).toBe("");
    expect(signIn.code).toBe(0);
    expect(
      signIn.stdout.match(/To sign in, open https:\/\/localhost:\d+\/idp\/device in a browser/g),
    ).toHaveLength(1);
    expect(signIn.stdout).toContain("Signed in as alex@contoso-partner.example");
    expect(statSync(cache).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "state")).mode & 0o777).toBe(0o700);

    const stale = expireAccessTokens(cache);
    const out = join(dir, "r.pdf");
    const modules = join(dir, "modules.txt");
    const report = await runReport(
      ["--month", "last", "--out", out, "--mail-to", "a@example.com,b@example.com"],
      {
        ...env,
        NODE_OPTIONS: `--import ${resolve("server/testing/record-modules.mjs")}`,
        RECORD_MODULES: modules,
      },
    );
    expect(report.stderr).toBe("");
    expect(report.code).toBe(0);
    expect(report.stdout).not.toContain("To sign in");
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // The cover names the tenant of the command's sign-in: the run's page has no account of its own.
    expect((await pdfPages(pdf))[0]).toContain(`Tenant ${DEMO_TENANT_ID}`);
    // Renewed with the refresh token: the cache holds a new access token, which appears in no output.
    const fresh = JSON.parse(readFileSync(cache, "utf8")) as {
      AccessToken: Record<string, { secret: string }>;
    };
    const token = Object.values(fresh.AccessToken)[0]!.secret;
    expect(stale).not.toContain(token);
    expect(report.stdout + report.stderr).not.toContain(token);

    const month = lastFullMonth(utcToday());
    expect(mail.received).toHaveLength(1);
    const [message] = mail.received;
    expect(message!.subject).toBe(`${PARTNER}: Partner Center monthly report, ${formatMonth(`${month}-01`)}`);
    expect(message!.to).toMatchObject({ text: "a@example.com, b@example.com" });
    // The body carries the report's "What changed" sentences.
    expect(message!.text).toMatch(/^- .+ (rose by|fell by|held at) .+\.$/m);
    expect(message!.attachments).toHaveLength(1);
    expect(message!.attachments[0]).toMatchObject({
      contentType: "application/pdf",
      filename: `partner-center-report-${month}.pdf`,
    });
    expect(Buffer.compare(message!.attachments[0]!.content, pdf)).toBe(0);
    // Issue 16: an install with --omit=dev can run the report, so nothing it loads may be a dev-only package.
    const loaded = packagesLoaded(readFileSync(modules, "utf8"));
    expect(loaded).toEqual(
      expect.arrayContaining(["node_modules/@azure/msal-node", "node_modules/nodemailer"]),
    );
    expect(loaded).toContain("node_modules/playwright-core");
    expect(loaded.filter((key) => LOCK[key]?.dev)).toEqual([]);
  }, 120_000);
});

// Each fails before the browser starts and touches nothing the others use, so they run side by side. The
// refusals of flags and mail settings are tested one by one in args.test.ts; here the command's exit and output.
describe.concurrent("npm run report refuses bad input before any work", () => {
  it.each([
    ["a malformed month", ["--month", "2026-13"], 2, /--month must be YYYY-MM or "last", got "2026-13"/],
    ["a future month", ["--month", "2999-01"], 2, /--month 2999-01 is in the future: .*Use --month last/],
    [
      "a malformed recipient",
      ["--mail-to", "a@example.com,b@"],
      2,
      /--mail-to: "b@" is not an e-mail address/,
    ],
    [
      "a missing token cache",
      ["--token-cache", join(dir, "none.json")],
      1,
      /No sign-in found in the token cache .*none\.json\. Sign in once with `npm run report -- --sign-in --token-cache ".*none\.json"`/,
    ],
  ])("%s", async (name, args, code, message) => {
    const out = join(dir, name.replace(/\W+/g, "-"));
    const run = await runReport(["--out", join(out, "r.pdf"), ...args], env);
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(code);
    expect(existsSync(out)).toBe(false);
    // Only the first describe's report reached the mail server.
    expect(mail.received).toHaveLength(1);
  });

  it.each([
    [
      "an unreachable mail server",
      "smtp://127.0.0.1:1",
      /mail server 127\.0\.0\.1:1 could not be used: connect ECONNREFUSED/,
    ],
    [
      "a mail server that refuses the sign-in",
      `smtp://${SMTP_USER.name}:wrong-password@127.0.0.1:PORT`,
      /mail server 127\.0\.0\.1:\d+ could not be used: it answered "535 Invalid username or password"/,
    ],
  ])("%s: stops before printing and sends nothing", async (name, url, message) => {
    const out = join(dir, name.replace(/\W+/g, "-"));
    const run = await runReport(["--out", join(out, "r.pdf"), "--mail-to", "a@example.com"], {
      ...env,
      SMTP_URL: url.replace("PORT", String(mail.port)),
    });
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toContain("wrong-password");
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(mail.received).toHaveLength(1);
  });
});

describe("npm run report with a sign-in Partner Center refuses", () => {
  it("without MFA: the page shows the MFA screen and the command stops with its text, leaving no PDF", async () => {
    const noMfa = ["--token-cache", join(dir, "no-mfa.json")];
    const signIn = await signInWithDeviceCode(browser, noMfa, env, "no-mfa-ana");
    expect(signIn.code).toBe(0);
    const run = await runReport(
      ["--out", join(dir, "no-mfa.pdf"), "--mail-to", "a@example.com", ...noMfa],
      env,
    );
    expect(run.stderr).toMatch(
      /Partner Center refused the sign-in: Partner Center accepts only sign-ins made with multi-factor authentication \(MFA\), and refused this one .*with error 900421/,
    );
    expect(run.code).toBe(1);
    expect(pdfsIn(dir)).toEqual(["r.pdf"]);
    expect(mail.received).toHaveLength(1);
  }, 60_000);
});

describe("npm run report with a token cache it cannot use", () => {
  it("refuses a token cache that group or others may read", async () => {
    chmodSync(cache, 0o640);
    const run = await runReport(["--out", join(dir, "open.pdf")], env);
    chmodSync(cache, 0o600);
    expect(run.stderr).toMatch(/token cache .* is open to group or others \(mode 640\).*chmod 600/);
    expect(run.code).toBe(1);
    expect(pdfsIn(dir)).toEqual(["r.pdf"]);
  });

  it("a revoked sign-in fails with the command that signs in again, and leaves no PDF", async () => {
    expireAccessTokens(cache);
    await deployment.app.inject({ method: "POST", url: "/__mock/restart-idp" });
    const run = await runReport(["--out", join(dir, "revoked.pdf")], env);
    expect(run.stderr).toMatch(
      /could not be renewed \(invalid_grant\): it has expired or was revoked\. Sign in again with `npm run report -- --sign-in`/,
    );
    expect(run.code).toBe(1);
    expect(pdfsIn(dir)).toEqual(["r.pdf"]);
  });
});
