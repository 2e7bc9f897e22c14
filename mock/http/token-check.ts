import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet } from "jose";

export const PARTNER_CENTER_AUDIENCE = "https://api.partnercenter.microsoft.com";
const REQUIRED_SCOPE = "user_impersonation";

export type TokenVerdict =
  | { ok: true; subject: string }
  | { ok: false; status: 401 | 403; code: string; description: string };

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

/** Validates bearer tokens the way a resource server does: signature, issuer, audience, expiry, scope, MFA. */
export function createTokenCheck({ issuer, jwks }: TokenCheckOptions) {
  const keySet = keyResolver(jwks);
  return async function checkToken(authorization: string | undefined): Promise<TokenVerdict> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    if (!token) return { ok: false, status: 401, code: "800001", description: "Partner Token missing in request context." };
    try {
      const { payload } = await jwtVerify(token, keySet, { issuer, audience: PARTNER_CENTER_AUDIENCE });
      const scopes = String(payload.scope ?? payload.scp ?? "").split(" ");
      if (!scopes.some((s) => s === REQUIRED_SCOPE || s.endsWith(`/${REQUIRED_SCOPE}`))) {
        return { ok: false, status: 403, code: "2032", description: "Access denied: the token carries no delegated user_impersonation scope (app-only tokens are not supported)." };
      }
      if (!Array.isArray(payload.amr) || !payload.amr.includes("mfa")) {
        return { ok: false, status: 401, code: "900421", description: "Multi-factor authentication is required for App+User calls." };
      }
      return { ok: true, subject: String(payload.sub) };
    } catch (error) {
      const reason =
        error instanceof errors.JWTExpired ? "the token has expired"
        : error instanceof errors.JWTClaimValidationFailed ? `claim "${error.claim}" is invalid`
        : error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey ? "the token signature is not valid"
        : "the token could not be validated";
      return { ok: false, status: 401, code: "400", description: `Access denied: ${reason}.` };
    }
  };
}
