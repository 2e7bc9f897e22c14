import * as v from "valibot";
import { parseDay } from "./date-range.ts";

const httpsUrl = v.pipe(v.string(), v.url(), v.startsWith("https://", "must be an https URL"));

// /config.json, served by the app server from its environment: one build serves every tenant and cloud.
export const RuntimeConfigSchema = v.object({
  cloud: v.picklist(["global", "usgov", "china"]),
  apiBasePath: v.pipe(v.string(), v.startsWith("/")),
  demo: v.boolean(),
  /** The demo dataset's day (DEMO_TODAY); absent in production, where today is the real UTC day. */
  today: v.optional(
    v.pipe(
      v.string(),
      v.check((text) => parseDay(text) !== null, "today must be a real calendar date as YYYY-MM-DD"),
    ),
  ),
  partnerName: v.pipe(v.string(), v.maxLength(120)),
  /** Set only by the loopback server of `npm run report` on a deployment: its relay holds the token. */
  reportRun: v.optional(v.boolean()),
  /** With reportRun: the tenant of the report command's sign-in, for the cover (the page holds no account). */
  reportTenant: v.optional(v.pipe(v.string(), v.maxLength(64))),
  features: v.object({ referrals: v.boolean() }),
  auth: v.object({
    clientId: v.pipe(v.string(), v.minLength(1)),
    authority: v.pipe(v.string(), v.url(), v.startsWith("https://", "the authority must be an https URL")),
    knownAuthorities: v.array(v.string()),
    protocolMode: v.picklist(["AAD", "OIDC"]),
    scopes: v.pipe(v.array(v.string()), v.minLength(1)),
    /** The authority's OpenID metadata, read by the server: MSAL then skips fetching it on every page load. */
    metadata: v.optional(
      v.object({
        issuer: v.pipe(v.string(), v.minLength(1)),
        authorization_endpoint: httpsUrl,
        token_endpoint: httpsUrl,
        jwks_uri: httpsUrl,
        end_session_endpoint: v.optional(httpsUrl),
      }),
    ),
  }),
});
export type RuntimeConfig = v.InferOutput<typeof RuntimeConfigSchema>;

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl("/config.json", { cache: "no-store" });
  if (!response.ok)
    throw new Error(
      `The dashboard server did not return its configuration (/config.json answered ${response.status}).`,
    );
  const parsed = v.safeParse(RuntimeConfigSchema, await response.json().catch(() => null));
  if (!parsed.success)
    throw new Error(`The dashboard configuration (/config.json) is invalid: ${v.summarize(parsed.issues)}`);
  return parsed.output;
}
