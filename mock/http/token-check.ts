import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet } from "jose";

export const PARTNER_CENTER_AUDIENCE = "https://api.partnercenter.microsoft.com";
// Entra writes the scope short (scp: "user_impersonation", the audience says whose); the embedded provider writes it
// in full. Any other API's user_impersonation is another permission.
const PARTNER_CENTER_SCOPES = new Set([
  "user_impersonation",
  `${PARTNER_CENTER_AUDIENCE}/user_impersonation`,
]);

export type TokenVerdict =
  { ok: true; subject: string } | { ok: false; status: 401 | 403; code: string; description: string };

export interface TokenCheckOptions {
  issuer: string;
  /** A key set, its URL, or a getter for keys that change (the embedded provider's, on restart). */
  jwks: JSONWebKeySet | URL | (() => JSONWebKeySet);
}

function keyResolver(jwks: TokenCheckOptions["jwks"]) {
  if (jwks instanceof URL) return createRemoteJWKSet(jwks);
  if (typeof jwks !== "function") return createLocalJWKSet(jwks);
  let seen: JSONWebKeySet | undefined;
  let resolver = createLocalJWKSet({ keys: [] });
  return (...args: Parameters<typeof resolver>) => {
    const keys = jwks();
    if (keys !== seen) [seen, resolver] = [keys, createLocalJWKSet(keys)];
    return resolver(...args);
  };
}

/** Validates bearer tokens the way a resource server does: signature, issuer, audience, expiry, user, scope, MFA. */
export function createTokenCheck({ issuer, jwks }: TokenCheckOptions) {
  const keySet = keyResolver(jwks);
  return async function checkToken(authorization: string | undefined): Promise<TokenVerdict> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    if (!token)
      return {
        ok: false,
        status: 401,
        code: "800001",
        description: "Partner Token missing in request context.",
      };
    try {
      // Without exp a token would never expire; without sub it acts for no user.
      const { payload } = await jwtVerify(token, keySet, {
        issuer,
        audience: PARTNER_CENTER_AUDIENCE,
        requiredClaims: ["exp", "sub"],
      });
      if (!payload.sub)
        return { ok: false, status: 401, code: "400", description: 'Access denied: claim "sub" is empty.' };
      const scopes = String(payload.scope ?? payload.scp ?? "").split(" ");
      if (!scopes.some((scope) => PARTNER_CENTER_SCOPES.has(scope))) {
        return {
          ok: false,
          status: 403,
          code: "2032",
          description:
            "Access denied: the token carries no delegated Partner Center user_impersonation scope (app-only tokens and other APIs' scopes are not accepted).",
        };
      }
      if (!Array.isArray(payload.amr) || !payload.amr.includes("mfa")) {
        return {
          ok: false,
          status: 401,
          code: "900421",
          description: "Multi-factor authentication is required for App+User calls.",
        };
      }
      return { ok: true, subject: payload.sub };
    } catch (error) {
      const reason =
        error instanceof errors.JWTExpired
          ? "the token has expired"
          : error instanceof errors.JWTClaimValidationFailed
            ? `claim "${error.claim}" is ${error.reason === "missing" ? "missing" : "invalid"}`
            : error instanceof errors.JWSSignatureVerificationFailed ||
                error instanceof errors.JWKSNoMatchingKey
              ? "the token signature is not valid"
              : "the token could not be validated";
      return { ok: false, status: 401, code: "400", description: `Access denied: ${reason}.` };
    }
  };
}
