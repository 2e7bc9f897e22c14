import { homedir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { lastFullMonth } from "../../src/features/report/report-params.ts";
import { UsageError } from "./errors.ts";
import { tokenCacheFile, type TokenCacheFile } from "./token-cache.ts";

export interface ReportArgs {
  /** YYYY-MM or "last"; resolved against the data's today by `resolveMonth`. */
  month: string;
  out: string;
  format: "A4" | "Letter";
  market?: string;
  user: string;
  mailTo: string[];
  signIn: boolean;
  tokenCache: TokenCacheFile;
}

// The WHATWG form of an e-mail address (what <input type=email> accepts), with a dot in the domain.
const ADDRESS =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
export const isAddress = (text: string) => ADDRESS.test(text);

/** Where the token cache lives unless --token-cache or REPORT_TOKEN_CACHE says otherwise (XDG base directories). */
export function defaultTokenCache(env: Record<string, string | undefined>): string {
  const config = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config");
  return join(config, "partner-center-report", "token-cache.json");
}

export function readArgs(argv: string[], env: Record<string, string | undefined>): ReportArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        month: { type: "string", default: "last" },
        out: { type: "string", default: "report.pdf" },
        format: { type: "string", default: "A4" },
        market: { type: "string" },
        user: { type: "string", default: "report" },
        "mail-to": { type: "string" },
        "sign-in": { type: "boolean", default: false },
        "token-cache": { type: "string" },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.format !== "A4" && values.format !== "Letter")
    throw new UsageError(`--format must be A4 or Letter, got "${values.format}".`);
  const mailTo = values["mail-to"] === undefined ? [] : values["mail-to"].split(",").map((a) => a.trim());
  const malformed = mailTo.filter((address) => !isAddress(address));
  if (malformed.length)
    throw new UsageError(
      `--mail-to: ${malformed.map((a) => JSON.stringify(a)).join(", ")} ${malformed.length > 1 ? "are not e-mail addresses" : "is not an e-mail address"}; list addresses separated by commas, e.g. a@example.com,b@example.com.`,
    );
  return {
    month: values.month,
    out: values.out,
    format: values.format,
    market: values.market,
    user: values.user,
    mailTo,
    signIn: values["sign-in"],
    tokenCache: tokenCacheFile(
      values["token-cache"] || env.REPORT_TOKEN_CACHE || defaultTokenCache(env),
      Boolean(values["token-cache"]),
    ),
  };
}

/** `last` is the previous whole calendar month (UTC); a month after today's has no data yet and is refused. */
export function resolveMonth(text: string, today: string): string {
  if (text === "last") return lastFullMonth(today);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(text))
    throw new UsageError(`--month must be YYYY-MM or "last", got "${text}".`);
  if (text > today.slice(0, 7))
    throw new UsageError(
      `--month ${text} is in the future: Partner Center has data up to today, ${today} (UTC). Use --month last for the last whole month.`,
    );
  return text;
}
