import type { ServerConfig } from "./config.ts";

/**
 * Strict CSP for the SPA: no inline scripts, API calls only to this origin (the /pc relay) and the identity
 * provider, the identity provider allowed as a frame for MSAL's silent renewal, never framed itself. The one
 * exception is MSAL's bridge page (`framedBySelf`): a silent renewal ends in a hidden iframe of this origin on
 * /redirect.html, which hands the answer to the app; refused there, renewal waits 10 s and fails instead of
 * renewing or asking the user to sign in. The page has no UI, so it cannot be clickjacked.
 */
export function contentSecurityPolicy(config: ServerConfig, framedBySelf = false): string {
  const authorityOrigin = new URL(config.auth.authority).origin;
  const idp = authorityOrigin === config.publicOrigin ? "" : ` ${authorityOrigin}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${idp}`,
    `frame-src 'self'${idp}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self'${idp}`,
    framedBySelf ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(config: ServerConfig, framedBySelf = false): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(config, framedBySelf),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": framedBySelf ? "SAMEORIGIN" : "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    ...(config.tls.enabled ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}
