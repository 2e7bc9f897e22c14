import { createTransport } from "nodemailer";
import { isAddress, UsageError } from "./args.ts";

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

export class MailError extends Error {}

// A server that does not answer fails the run in seconds, not after nodemailer's default two minutes.
const transportFor = (url: string) =>
  createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });

/** Where the mail goes, for messages: host and port, never the user or password. */
const serverName = (url: string) => new URL(url).host;

function mailError(url: string, action: string, error: unknown): MailError {
  const { code, responseCode, response } = (error ?? {}) as Record<string, unknown>;
  const reason = response ? `it answered "${String(response)}"` : (code ?? String(error));
  return new MailError(
    `The mail server ${serverName(url)} ${action}: ${reason}${responseCode ? ` (SMTP ${responseCode})` : ""}.`,
  );
}

/** Connects and signs in to the mail server before any work, so a wrong SMTP_URL fails before the report is made. */
export async function checkMailServer(settings: MailSettings): Promise<void> {
  const transport = transportFor(settings.url);
  try {
    await transport.verify();
  } catch (error) {
    throw mailError(settings.url, "could not be used", error);
  } finally {
    transport.close();
  }
}

export const mailSubject = (partnerName: string, monthName: string) =>
  `${partnerName}: Partner Center monthly report, ${monthName}`;

/** The mail's text: one line per sentence (the report's "What changed" when it has them), then the attachment. */
export function mailBody(options: { partnerName: string; monthName: string; sentences: string[] }): string {
  const { partnerName, monthName, sentences } = options;
  return [
    `Partner Center monthly report for ${partnerName}, ${monthName}.`,
    "",
    ...(sentences.length ? [...sentences.map((s) => `- ${s}`), ""] : []),
    "The full report is attached as a PDF.",
  ].join("\n");
}

export async function sendReport(
  settings: MailSettings,
  mail: { subject: string; text: string; pdf: Buffer; filename: string },
): Promise<void> {
  const transport = transportFor(settings.url);
  try {
    await transport.sendMail({
      from: settings.from,
      to: settings.to,
      subject: mail.subject,
      text: mail.text,
      attachments: [{ filename: mail.filename, content: mail.pdf, contentType: "application/pdf" }],
    });
  } catch (error) {
    throw mailError(settings.url, "did not accept the report", error);
  } finally {
    transport.close();
  }
}
