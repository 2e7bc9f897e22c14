import type { ServerConfig } from "./config.ts";

/** The OpenID metadata fields MSAL reads (msal-common's updateAuthorityEndpointMetadata). */
export interface EndpointMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  end_session_endpoint?: string;
}

export interface AuthorityMetadata {
  /** The last good metadata, if any; starts a refresh in the background when it is stale. Never waits. */
  current(): EndpointMetadata | undefined;
  /** Fetches the metadata now; a failure keeps what was there and is logged with its reason. */
  refresh(): Promise<void>;
}

/**
 * The discovery document MSAL would fetch for this authority: the same rule as msal-common's
 * `defaultOpenIdConfigurationEndpoint` (OIDC mode: `<authority>/.well-known/…`; Entra: `<authority>/v2.0/.well-known/…`).
 */
export function discoveryUrl(auth: ServerConfig["auth"]): string {
  const base = auth.authority.replace(/\/$/, "");
  return auth.protocolMode === "OIDC" || base.endsWith("/v2.0")
    ? `${base}/.well-known/openid-configuration`
    : `${base}/v2.0/.well-known/openid-configuration`;
}

/** The fields MSAL needs, or the reason the document cannot be handed to it (endpoints off the authority's host). */
export function endpointMetadata(document: unknown, authority: string): EndpointMetadata | string {
  if (typeof document !== "object" || document === null) return "the answer is not a JSON object";
  const doc = document as Record<string, unknown>;
  const host = new URL(authority).host;
  const required = ["issuer", "authorization_endpoint", "token_endpoint", "jwks_uri"] as const;
  const optional = doc.end_session_endpoint === undefined ? [] : (["end_session_endpoint"] as const);
  for (const field of [...required, ...optional]) {
    const value = doc[field];
    if (typeof value !== "string") return `${field} is missing`;
    if (field === "issuer") continue;
    const url = URL.canParse(value) ? new URL(value) : null;
    if (!url || url.protocol !== "https:" || url.host !== host)
      return `${field} (${value}) is not an https URL on the authority's host ${host}`;
  }
  const pick = (field: string) => doc[field] as string;
  return {
    issuer: pick("issuer"),
    authorization_endpoint: pick("authorization_endpoint"),
    token_endpoint: pick("token_endpoint"),
    jwks_uri: pick("jwks_uri"),
    ...(optional.length ? { end_session_endpoint: pick("end_session_endpoint") } : {}),
  };
}

interface Options {
  auth: ServerConfig["auth"];
  /** GETs a URL and returns its JSON body; throws with a reason when it cannot. */
  load: (url: string) => Promise<unknown>;
  warn: (message: string) => void;
  now?: () => number;
  /** MSAL keeps network metadata for 24 hours (msal-common's AUTHORITY_METADATA_REFRESH_TIME_SECONDS). */
  maxAgeMs?: number;
  /** After a failure, the next attempt waits this long; meanwhile MSAL fetches the metadata itself. */
  retryMs?: number;
}

/**
 * The authority's metadata, fetched by the server and handed to the SPA in /config.json. MSAL keeps the metadata it
 * fetches in memory only, so without this every page load waited for the discovery document (a round trip to
 * login.microsoftonline.com in production) before its first token.
 */
export function createAuthorityMetadata({
  auth,
  load,
  warn,
  now = Date.now,
  maxAgeMs = 24 * 3_600_000,
  retryMs = 5 * 60_000,
}: Options): AuthorityMetadata {
  const url = discoveryUrl(auth);
  let metadata: EndpointMetadata | undefined;
  let fetchedAt = -Infinity;
  let failedAt = -Infinity;
  let inFlight: Promise<void> | null = null;

  const refresh = () => {
    inFlight ??= (async () => {
      try {
        const found = endpointMetadata(await load(url), auth.authority);
        if (typeof found === "string") throw new Error(found);
        metadata = found;
        fetchedAt = now();
      } catch (error) {
        failedAt = now();
        const reason = error instanceof Error ? error.message : String(error);
        warn(
          `The sign-in authority's metadata (${url}) could not be read: ${reason}. MSAL fetches it itself.`,
        );
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  };
  return {
    refresh,
    current() {
      const stale = now() - fetchedAt >= maxAgeMs;
      if (stale && now() - failedAt >= retryMs) void refresh();
      return stale ? undefined : metadata;
    },
  };
}
