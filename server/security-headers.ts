import type { ServerConfig } from "./config.ts";

/**
 * Strict CSP for the SPA: no inline scripts, API calls only to this origin (the /pc relay) and the identity
 * provider, the identity provider allowed as a frame for MSAL's silent renewal, never framed itself.
 */
export function contentSecurityPolicy(config: ServerConfig): string {
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
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(config: ServerConfig): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(config),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    ...(config.tls.enabled ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}
