import { isIP } from "node:net";
import * as v from "valibot";
import type { EndpointMetadata } from "./authority-metadata.ts";

/** The clouds Partner Center runs in, with their sign-in authority host and analytics API host. */
export const CLOUDS = {
  global: {
    loginHost: "login.microsoftonline.com",
    api: "https://api.partnercenter.microsoft.com",
    referrals: true,
  },
  usgov: {
    loginHost: "login.microsoftonline.us",
    api: "https://api.partnercenter.microsoft.com",
    referrals: true,
  },
  china: {
    loginHost: "login.chinacloudapi.cn",
    api: "https://partner.partnercenterapi.microsoftonline.cn",
    referrals: false,
  },
} as const;
export type Cloud = keyof typeof CLOUDS;

const DEFAULT_SCOPE = "https://api.partnercenter.microsoft.com/user_impersonation";

const FACTOR = /^\d+(\.\d+)?$/;
const validFactor = (text: string) => FACTOR.test(text) && Number(text) > 0 && Number(text) <= 100;
/** "10", or "subscriptions=7,usage/azure=1": factors 0 < n ≤ 100. */
function scaleProblem(text: string): string | null {
  const whole = text.trim();
  if (validFactor(whole)) return null;
  const pairs = whole.split(",").map((part) => part.split("=").map((s) => s.trim()));
  const valid = pairs.every(
    (pair) => pair.length === 2 && /^[a-z]+(\/[a-z]+)?$/.test(pair[0]!) && validFactor(pair[1]!),
  );
  return valid
    ? null
    : `${JSON.stringify(text)} is not a scale: use a number (0 < n ≤ 100) or resource=factor pairs, e.g. subscriptions=7`;
}

/** Is the text a real calendar day as YYYY-MM-DD (2028-02-29 yes, 2027-02-29 and 2028-02-30 no)? */
export function isCalendarDay(text: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
    new Date(`${text}T00:00:00Z`).toISOString().startsWith(text)
  );
}

/** Today's UTC day: the day Partner Center dates its data by. */
export const utcToday = (now = new Date()) => now.toISOString().slice(0, 10);

const quote = (text: string) => JSON.stringify(text);

/** A string setting refused with the message `problem` gives for its value (null when the value is fine). */
const checkedBy = (problem: (text: string) => string | null) =>
  v.pipe(
    v.string(),
    v.check(
      (text: string) => problem(text) === null,
      (issue) => problem(String(issue.input)) ?? "",
    ),
  );

// Number() reads "1e3", "0x1CED" and " 80" as numbers; a setting is a plain decimal integer or refused.
const decimal = (pattern: RegExp, accepts: (n: number) => boolean, what: string) =>
  v.pipe(
    checkedBy((text) =>
      pattern.test(text) && accepts(Number(text)) ? null : `${quote(text)} is not ${what}`,
    ),
    v.transform(Number),
  );

const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/**
 * Why `text` is not an address the server may send users or tokens to, or null: https:, or http: to this machine
 * only (the demo, a local mock). file:, ftp: or javascript: would only fail later, on every request.
 */
function webUrlProblem(text: string, { originOnly = false } = {}): string | null {
  if (!URL.canParse(text)) return `${quote(text)} is not a URL`;
  const url = new URL(text);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK_HOST.test(url.hostname))) {
    return `${quote(text)} is not an https: URL (http: is allowed to localhost, 127.0.0.1 and [::1] only)`;
  }
  if (url.username || url.password) return `${quote(text)} carries a user name or password`;
  if (url.search || url.hash) return `${quote(text)} carries a query or fragment`;
  if (originOnly && url.pathname !== "/")
    return `${quote(text)} is not an origin (scheme, host and port, no path)`;
  return null;
}

const HOSTNAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

const EnvSchema = v.object({
  PORT: v.optional(
    decimal(/^[1-9]\d*$/, (n) => n <= 65535, "a port: use a decimal integer from 1 to 65535"),
    "8443",
  ),
  HOST: v.optional(
    checkedBy((text) =>
      isIP(text) || HOSTNAME.test(text)
        ? null
        : `${quote(text)} is not a host name or IP address to listen on (for example localhost, 0.0.0.0 or ::)`,
    ),
    "localhost",
  ),
  CLOUD: v.optional(v.picklist(Object.keys(CLOUDS) as Cloud[]), "global"),
  IDENTITY_PROVIDER: v.optional(v.picklist(["embedded", "entra"]), "embedded"),
  UPSTREAM: v.optional(
    checkedBy((text) => {
      if (text === "embedded" || text === "cloud") return null;
      const problem = webUrlProblem(text);
      return problem && `${problem} (UPSTREAM is embedded, cloud or an https: URL)`;
    }),
    "embedded",
  ),
  AUTH_CLIENT_ID: v.optional(v.string()),
  AUTH_TENANT_ID: v.optional(v.string(), "organizations"),
  AUTH_AUTHORITY: v.optional(checkedBy((text) => webUrlProblem(text))),
  PC_SCOPE: v.optional(v.string(), DEFAULT_SCOPE),
  PUBLIC_ORIGIN: v.optional(checkedBy((text) => webUrlProblem(text, { originOnly: true }))),
  PARTNER_NAME: v.optional(v.pipe(v.string(), v.maxLength(120))),
  TLS: v.optional(v.picklist(["on", "off"]), "on"),
  TLS_CERT_FILE: v.optional(v.string()),
  TLS_KEY_FILE: v.optional(v.string()),
  UPSTREAM_TIMEOUT_MS: v.optional(
    decimal(/^\d+$/, (n) => n >= 1000, "a timeout: use a decimal number of milliseconds, at least 1000"),
    "60000",
  ),
  // The form only: the mock, which owns the resource names, checks them when the demo starts (start-server.ts),
  // so production never loads it.
  DEMO_SCALE: v.optional(checkedBy(scaleProblem), "1"),
  DEMO_TODAY: v.optional(
    v.pipe(
      v.string(),
      v.check(
        isCalendarDay,
        (issue) =>
          `${JSON.stringify(issue.input)} is not a real calendar date; use YYYY-MM-DD, for example 2028-02-29`,
      ),
    ),
  ),
  DEMO_SEED: v.optional(
    decimal(/^-?\d{1,15}$/, Number.isSafeInteger, "a seed: use a decimal integer"),
    "20260101",
  ),
  MOCK_FAULTS: v.optional(v.picklist(["on", "off"]), "off"),
  DIST_DIR: v.optional(v.string(), "dist"),
  LOG: v.optional(v.picklist(["on", "off"]), "on"),
});

export interface ServerConfig {
  port: number;
  host: string;
  publicOrigin: string;
  cloud: Cloud;
  identityProvider: "embedded" | "entra";
  upstream: "embedded" | string;
  auth: {
    clientId: string;
    authority: string;
    knownAuthorities: string[];
    protocolMode: "AAD" | "OIDC";
    scopes: string[];
  };
  tls: { enabled: boolean; certFile?: string; keyFile?: string };
  upstreamTimeoutMs: number;
  /**
   * `today` is the demo's day (DEMO_TODAY, or the real UTC day at start-up when the mock is embedded): the mock's
   * dataset is generated relative to it and the SPA reads it from /config.json. Unset in production.
   */
  demo: { scale: string; seed: number; faults: boolean; today?: string };
  /** The SPA's build; undefined with DIST_DIR=off (npm run dev, where Vite serves the SPA). */
  distDir?: string;
  log: boolean;
  /** Printed on the monthly report's cover; the token carries only the tenant id. */
  partnerName: string;
}

export class ConfigError extends Error {}

/** Reads the server configuration from the environment; a bad value stops start-up with its name. */
export function readConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = v.safeParse(
    EnvSchema,
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== "")),
  );
  if (!parsed.success) {
    const problems = parsed.issues.map((issue) => `${v.getDotPath(issue) ?? "?"}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const e = parsed.output;
  const cloud = CLOUDS[e.CLOUD];
  const tls = e.TLS === "on";
  const publicOrigin = (e.PUBLIC_ORIGIN ?? `${tls ? "https" : "http"}://localhost:${e.PORT}`).replace(
    /\/$/,
    "",
  );
  const embeddedIdp = e.IDENTITY_PROVIDER === "embedded";
  if (!embeddedIdp && !e.AUTH_CLIENT_ID) {
    throw new ConfigError(
      "Invalid configuration: AUTH_CLIENT_ID is required with IDENTITY_PROVIDER=entra (the SPA app registration's client id).",
    );
  }
  const [certificate, key] = [e.TLS_CERT_FILE, e.TLS_KEY_FILE];
  if (!tls && (certificate || key)) {
    const set = certificate ? `TLS_CERT_FILE=${certificate}` : `TLS_KEY_FILE=${key}`;
    throw new ConfigError(
      `Invalid configuration: ${set} is set but TLS=off: unset it, or serve TLS with TLS=on.`,
    );
  }
  if (certificate && !key) {
    throw new ConfigError(
      `Invalid configuration: TLS_CERT_FILE=${certificate} is set without TLS_KEY_FILE: a certificate needs its private key.`,
    );
  }
  if (key && !certificate) {
    throw new ConfigError(
      `Invalid configuration: TLS_KEY_FILE=${key} is set without TLS_CERT_FILE: a private key needs its certificate.`,
    );
  }
  if (e.DEMO_TODAY && (!embeddedIdp || e.UPSTREAM === "cloud")) {
    const production = !embeddedIdp ? "IDENTITY_PROVIDER=entra" : "UPSTREAM=cloud";
    throw new ConfigError(
      `Invalid configuration: DEMO_TODAY=${e.DEMO_TODAY} is a demo setting and cannot be used with ${production}: production reads today from the real clock.`,
    );
  }
  const authority =
    e.AUTH_AUTHORITY ??
    (embeddedIdp ? `${publicOrigin}/idp` : `https://${cloud.loginHost}/${e.AUTH_TENANT_ID}`);
  return {
    port: e.PORT,
    host: e.HOST,
    publicOrigin,
    cloud: e.CLOUD,
    identityProvider: e.IDENTITY_PROVIDER,
    upstream: e.UPSTREAM === "cloud" ? cloud.api : e.UPSTREAM,
    auth: {
      clientId: e.AUTH_CLIENT_ID ?? "pc-dashboard-demo",
      authority,
      knownAuthorities: embeddedIdp ? [new URL(authority).host] : [],
      protocolMode: embeddedIdp ? "OIDC" : "AAD",
      scopes: [e.PC_SCOPE],
    },
    tls: { enabled: tls, certFile: e.TLS_CERT_FILE, keyFile: e.TLS_KEY_FILE },
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    demo: {
      scale: e.DEMO_SCALE,
      seed: e.DEMO_SEED,
      faults: e.MOCK_FAULTS === "on",
      today: e.DEMO_TODAY ?? (e.UPSTREAM === "embedded" ? utcToday() : undefined),
    },
    distDir: e.DIST_DIR === "off" ? undefined : e.DIST_DIR,
    log: e.LOG === "on",
    partnerName: e.PARTNER_NAME ?? (embeddedIdp ? "Contoso Partner (demo)" : "Partner Center tenant"),
  };
}

/** What the SPA reads from /config.json: everything environment-specific, nothing secret. */
export function publicConfig(config: ServerConfig, metadata?: EndpointMetadata) {
  return {
    cloud: config.cloud,
    apiBasePath: "/pc",
    features: { referrals: CLOUDS[config.cloud].referrals },
    demo: config.identityProvider === "embedded",
    // The demo dataset's day, so the SPA's "today" is the mock's (a demo left running past midnight stays whole).
    ...(config.demo.today ? { today: config.demo.today } : {}),
    partnerName: config.partnerName,
    auth: metadata ? { ...config.auth, metadata } : config.auth,
  };
}
