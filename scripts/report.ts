// `npm run report -- [--month YYYY-MM|last] [--out report.pdf] [--format A4|Letter] [--market US,DE]
//   [--mail-to a@example.com,b@example.com] [--token-cache path] [--sign-in]`
// Prints the monthly report to PDF in headless Chromium, without a person (docs/report.md). On the demo it
// starts the demo in this process and signs in on its identity provider; on a deployment it renews the sign-in
// kept by `--sign-in` (MSAL Node, device code) and serves the page from a loopback server of its own.
// Browser, server, sign-in and mail libraries load only when a run gets that far: bad input fails in a blink.
import { randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { ConfigError, readConfig, utcToday } from "../server/config.ts";
import { formatMonth } from "../src/lib/format.ts";
import { CHROMIUM_FLAGS, findChromium } from "./find-chromium.mjs";
import { readArgs, resolveMonth } from "./report/args.ts";
import { RunError, UsageError } from "./report/errors.ts";
import { freePort } from "./report/free-port.ts";
import { readMailSettings } from "./report/mail-settings.ts";

try {
  await run();
} catch (error) {
  const usage = error instanceof UsageError || error instanceof ConfigError;
  console.error(usage || error instanceof RunError ? error.message : `The report failed: ${String(error)}`);
  process.exit(usage ? 2 : 1);
}

async function run() {
  const args = readArgs(process.argv.slice(2), process.env);
  const mail = readMailSettings(process.env, args.mailTo);
  const port = await freePort();
  const local = { PORT: String(port), HOST: "localhost", LOG: "off" };
  const demo = readConfig({ ...process.env, ...local });
  // A deployment: the sign-in happens elsewhere than on this run's own embedded identity provider.
  const deployment = !demo.auth.authority.startsWith(`${demo.publicOrigin}/`);
  const month = resolveMonth(args.month, demo.demo.today ?? utcToday());
  const signIn = deployment
    ? (await import("./report/sign-in.ts")).createReportSignIn(demo.auth, args.tokenCache)
    : undefined;
  if (args.signIn) {
    if (!signIn)
      throw new UsageError(
        "--sign-in is for a deployment (IDENTITY_PROVIDER=entra, see docs/report.md): the demo needs no sign-in.",
      );
    const account = await signIn.signIn((line) => console.log(line));
    console.log(
      `Signed in as ${account.username}. Later runs renew this sign-in from ${args.tokenCache.path}.`,
    );
    return;
  }
  // The loopback server of a deployment run needs no certificate (only this run's browser reaches it) and
  // mounts no identity provider.
  const config = deployment
    ? {
        ...readConfig({
          ...process.env,
          ...local,
          PUBLIC_ORIGIN: "",
          TLS: "off",
          TLS_CERT_FILE: "",
          TLS_KEY_FILE: "",
        }),
        identityProvider: "entra" as const,
      }
    : demo;
  const chromiumPath = findChromium();
  if (!chromiumPath)
    throw new RunError("No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.");
  const mailer = mail ? await import("./report/mail.ts") : undefined;
  if (mail && mailer) await mailer.checkMailServer(mail);
  // Renewed before the browser starts: an expired sign-in fails in a second, with the command that fixes it.
  const signedIn = signIn && (await signIn.token());
  const secret = randomBytes(32).toString("base64url");
  const { startServer } = await import("../server/start-server.ts");
  const { REPORT_RUN_HEADER } = await import("../server/report-run.ts");
  const { chromium } = await import("playwright-core");
  const { printReport } = await import("./print-report.ts");
  const { app } = await startServer(config, {
    reportRun: signIn && {
      secret,
      bearer: async () => (await signIn.token()).accessToken,
      tenantId: signedIn?.account.tenantId,
    },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  try {
    const search = new URLSearchParams({ month, ...(args.market ? { customerMarket: args.market } : {}) });
    const url = `${config.publicOrigin}/report?${search}`;
    const printed = await printReport(
      browser,
      signIn
        ? { url, format: args.format, signIn: "none", headers: { [REPORT_RUN_HEADER]: secret } }
        : { url, format: args.format, signIn: "form", user: args.user },
    );
    writeWhole(args.out, printed.pdf);
    console.log(`Wrote ${args.out} (${args.format}, ${printed.pages} pages, ${month}).`);
    if (mail && mailer) {
      const monthName = formatMonth(`${month}-01`);
      await mailer.sendReport(mail, {
        subject: mailer.mailSubject(config.partnerName, monthName),
        text: mailer.mailBody({ partnerName: config.partnerName, monthName, sentences: printed.sentences }),
        pdf: printed.pdf,
        filename: `partner-center-report-${month}.pdf`,
      });
      console.log(`Mailed it to ${mail.to.join(", ")}.`);
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

/** Writes next to the target and renames: a failed write never leaves a partial PDF under the expected name. */
function writeWhole(path: string, content: Buffer) {
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    writeFileSync(partial, content);
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
}
