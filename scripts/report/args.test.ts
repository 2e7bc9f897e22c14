import { describe, expect, it } from "vitest";
import { defaultTokenCache, readArgs, resolveMonth } from "./args.ts";
import { UsageError } from "./errors.ts";
import { mailBody, mailSubject } from "./mail.ts";
import { readMailSettings } from "./mail-settings.ts";

const env = { HOME: "/home/ana" };
const refusal = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("not refused");
};

describe("report flags", () => {
  it("--month last is the previous whole calendar month, also across a year", () => {
    expect(resolveMonth("last", "2026-11-30")).toBe("2026-10");
    expect(resolveMonth("last", "2027-01-01")).toBe("2026-12");
    expect(resolveMonth("2026-11", "2026-11-30")).toBe("2026-11");
  });

  it("refuses a malformed or future month", () => {
    expect(refusal(() => resolveMonth("2026-13", "2026-11-30"))).toBe(
      '--month must be YYYY-MM or "last", got "2026-13".',
    );
    expect(refusal(() => resolveMonth("Oct 2026", "2026-11-30"))).toMatch(/got "Oct 2026"/);
    expect(refusal(() => resolveMonth("2026-12", "2026-11-30"))).toMatch(
      /^--month 2026-12 is in the future: .* today, 2026-11-30 \(UTC\)\. Use --month last/,
    );
  });

  it("refuses malformed recipients, naming each", () => {
    expect(readArgs(["--mail-to", "a@example.com, b.c@sub.example.org"], env).mailTo).toEqual([
      "a@example.com",
      "b.c@sub.example.org",
    ]);
    expect(refusal(() => readArgs(["--mail-to", "a@example.com,b@,c d@example.com"], env))).toBe(
      '--mail-to: "b@", "c d@example.com" are not e-mail addresses; list addresses separated by commas, e.g. a@example.com,b@example.com.',
    );
    expect(refusal(() => readArgs(["--mail-to", "a@example.com;b@example.com"], env))).toMatch(
      /is not an e-mail address/,
    );
    expect(refusal(() => readArgs(["--colour", "red"], env))).toMatch(/--colour/);
  });

  it("keeps the token cache under the XDG config folder unless told otherwise", () => {
    expect(defaultTokenCache(env)).toBe("/home/ana/.config/partner-center-report/token-cache.json");
    expect(defaultTokenCache({ ...env, XDG_CONFIG_HOME: "/cfg" })).toBe(
      "/cfg/partner-center-report/token-cache.json",
    );
    expect(readArgs([], { ...env, REPORT_TOKEN_CACHE: "/srv/cache.json" }).tokenCache).toEqual({
      path: "/srv/cache.json",
      signInCommand: "npm run report -- --sign-in",
    });
    expect(readArgs(["--token-cache", "/srv/c.json"], env).tokenCache.signInCommand).toBe(
      'npm run report -- --sign-in --token-cache "/srv/c.json"',
    );
  });
});

describe("mail settings", () => {
  const ok = { SMTP_URL: "smtp://user:pa55@mail.example.com:587", MAIL_FROM: "Reports <r@example.com>" };

  it("are read only when mail is asked for", () => {
    expect(readMailSettings({}, [])).toBeUndefined();
    expect(readMailSettings(ok, ["a@example.com"])).toEqual({
      url: ok.SMTP_URL,
      from: ok.MAIL_FROM,
      to: ["a@example.com"],
    });
  });

  it("refuses --mail-to without SMTP_URL, a malformed SMTP_URL (without showing it) and a bad MAIL_FROM", () => {
    expect(refusal(() => readMailSettings({ MAIL_FROM: ok.MAIL_FROM }, ["a@example.com"]))).toMatch(
      /^--mail-to needs SMTP_URL/,
    );
    for (const url of ["mail.example.com:587", "http://user:pa55@mail.example.com", "smtp://"]) {
      const message = refusal(() => readMailSettings({ ...ok, SMTP_URL: url }, ["a@example.com"]));
      expect(message).toMatch(/^SMTP_URL is not an smtp:\/\/ or smtps:\/\/ URL with a host/);
      expect(message).not.toContain("pa55");
    }
    expect(refusal(() => readMailSettings({ SMTP_URL: ok.SMTP_URL }, ["a@example.com"]))).toMatch(
      /^MAIL_FROM must be the sender's address/,
    );
    expect(refusal(() => readMailSettings({ ...ok, MAIL_FROM: "reports" }, ["a@example.com"]))).toMatch(
      /got "reports"/,
    );
  });
});

describe("the mail", () => {
  it("names the partner and the month, and lists the sentences it is given", () => {
    expect(mailSubject("Contoso", "October 2026")).toBe(
      "Contoso: Partner Center monthly report, October 2026",
    );
    expect(mailBody({ partnerName: "Contoso", monthName: "October 2026", sentences: ["One.", "Two."] })).toBe(
      "Partner Center monthly report for Contoso, October 2026.\n\n- One.\n- Two.\n\nThe full report is attached as a PDF.",
    );
    expect(mailBody({ partnerName: "C", monthName: "M", sentences: [] })).not.toContain("- ");
  });
});
