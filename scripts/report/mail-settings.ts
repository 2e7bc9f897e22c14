import { isAddress } from "./args.ts";
import { UsageError } from "./errors.ts";

export interface MailSettings {
  /** smtp://user:pass@host:587 or smtps://…; it may hold a password, so no message ever quotes it. */
  url: string;
  from: string;
  to: string[];
}

/** Fails when mail is asked for but SMTP_URL or MAIL_FROM is missing or malformed; nothing is sent then. */
export function readMailSettings(
  env: Record<string, string | undefined>,
  to: string[],
): MailSettings | undefined {
  if (!to.length) return undefined;
  const url = env.SMTP_URL;
  if (!url) throw new UsageError("--mail-to needs SMTP_URL, e.g. SMTP_URL=smtp://user:password@host:587.");
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || !["smtp:", "smtps:"].includes(parsed.protocol) || !parsed.hostname)
    throw new UsageError(
      "SMTP_URL is not an smtp:// or smtps:// URL with a host, e.g. smtp://user:password@host:587 (its value is not shown: it may hold a password).",
    );
  const from = env.MAIL_FROM ?? "";
  const address = /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from.trim();
  if (!isAddress(address))
    throw new UsageError(
      `MAIL_FROM must be the sender's address, e.g. MAIL_FROM="Partner reports <reports@example.com>"${from ? `, got ${JSON.stringify(from)}` : ""}.`,
    );
  return { url, from, to };
}
