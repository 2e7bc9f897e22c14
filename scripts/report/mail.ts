import { createTransport } from "nodemailer";
import { RunError } from "./errors.ts";
import type { MailSettings } from "./mail-settings.ts";

export class MailError extends RunError {}

// A server that does not answer fails the run in seconds, not after nodemailer's default two minutes.
const transportFor = (url: string) =>
  createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });

/** Where the mail goes, for messages: host and port, never the user or password. */
const serverName = (url: string) => new URL(url).host;

function mailError(url: string, action: string, error: unknown): MailError {
  const { responseCode, response } = (error ?? {}) as Record<string, unknown>;
  // The server's own answer when it gave one, else the connection's failure ("connect ECONNREFUSED …").
  const reason = response
    ? `it answered "${String(response)}"`
    : error instanceof Error
      ? error.message
      : String(error);
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
