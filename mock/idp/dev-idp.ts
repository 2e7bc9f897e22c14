import type { IncomingMessage, ServerResponse } from "node:http";
import { exportJWK, generateKeyPair, type JWK } from "jose";
import type Provider from "oidc-provider";
import type { KoaContextWithOIDC } from "oidc-provider";
import { withStandardDeviceGrant } from "./legacy-device-grant.ts";
import {
  deviceCodePage,
  deviceConfirmPage,
  deviceDonePage,
  errorPage,
  loginPage,
  logoutPage,
  signedOutPage,
  STYLE_SOURCE,
} from "./pages.ts";

export const PARTNER_CENTER_AUDIENCE = "https://api.partnercenter.microsoft.com";
export const PARTNER_CENTER_SCOPE = `${PARTNER_CENTER_AUDIENCE}/user_impersonation`;
export const DEMO_CLIENT_ID = "pc-dashboard-demo";
export const DEMO_TENANT_ID = "8a6f1c2e-5b7d-4e0a-9c3f-d1e2f3a4b5c6";
export const DEMO_TENANT_NAME = "Contoso Partner (demo)";
export const IDP_MOUNT = "/idp";
const DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
/** Seconds between MSAL Node's polls of the token endpoint during a device-code sign-in. */
const DEVICE_POLL_INTERVAL = 1;

export interface DevIdentityProvider {
  issuer: string;
  /** The policy of every answer under /idp: its own pages' style, forms that post to it, never framed. */
  contentSecurityPolicy: string;
  /** The current signing keys' public half; it changes on restart. */
  publicJwks(): { keys: JWK[] };
  /** Handles a raw request whose path starts with /idp; the caller has not read its body. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Forgets every key, session, grant and refresh token, as a restarted provider would (tests). */
  restart(): Promise<void>;
}

/**
 * The embedded OpenID Connect provider (oidc-provider, a certified implementation) for demo and tests.
 * Keys and sessions live in memory only: a restart invalidates every session, refresh token and access
 * token, which is what a revoked sign-in looks like to the app.
 */
export async function createDevIdentityProvider(
  origin: string,
  appOrigins: readonly string[],
): Promise<DevIdentityProvider> {
  const issuer = `${origin}${IDP_MOUNT}`;
  let current = await startProvider(issuer, appOrigins);
  return {
    issuer,
    contentSecurityPolicy: contentSecurityPolicy(origin, appOrigins),
    publicJwks: () => current.publicJwks,
    handle: (req, res) => {
      pinOrigin(req, origin);
      current.handle(req, res);
    },
    restart: async () => {
      current = await startProvider(issuer, appOrigins);
    },
  };
}

/**
 * No script, no frame, no plugin; the one stylesheet of its pages by hash. Forms post to the provider, and the
 * redirects that follow a sign-in or sign-out lead to the app (form-action also covers them). oidc-provider appends a
 * script hash to script-src for the one page that needs one (response_mode=form_post, unused by MSAL).
 */
function contentSecurityPolicy(origin: string, appOrigins: readonly string[]): string {
  const apps = appOrigins
    .filter((app) => app !== origin)
    .map((app) => ` ${app}`)
    .join("");
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${STYLE_SOURCE}`,
    `form-action 'self'${apps}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join("; ");
}

/**
 * oidc-provider builds every URL it hands out (discovery, redirects) from the request's protocol and host. Both are
 * pinned to the configured origin, whatever Host and X-Forwarded-* the caller sent: `X-Forwarded-Host: evil.example`
 * made the discovery document name https://evil.example/idp/token. The provider trusts X-Forwarded-* (proxy) only
 * to read these pinned values, which also keep it on https behind a TLS-terminating proxy (TLS=off).
 */
function pinOrigin(req: IncomingMessage, origin: string) {
  const { host, protocol } = new URL(origin);
  for (const name of Object.keys(req.headers)) {
    if (name.startsWith("x-forwarded-") || name === "forwarded") delete req.headers[name];
  }
  req.headers["x-forwarded-host"] = host;
  req.headers["x-forwarded-proto"] = protocol.slice(0, -1);
}

// A stable per-user object id, so the same user name always maps to the same account.
function objectIdFor(username: string): string {
  let h = 2166136261;
  for (const c of username) h = Math.imul(h ^ c.codePointAt(0)!, 16777619);
  const hex = (h >>> 0).toString(16).padStart(8, "0");
  return `${hex}-0000-4000-8000-${hex}${hex.slice(0, 4)}`;
}

/**
 * Every demo sign-in counts as multi-factor, except a user name containing "no-mfa": that one shows Partner
 * Center's refusal of a sign-in without a second factor (401, code 900421) in the app and the report command.
 */
const authMethods = (username: string) => (username.includes("no-mfa") ? ["pwd"] : ["pwd", "mfa"]);

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > 10_000) reject(new Error("form too large"));
    });
    req.on("end", () => resolve(new URLSearchParams(body)));
    req.on("error", reject);
  });
}

async function startProvider(issuer: string, appOrigins: readonly string[]) {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: "dev-idp-1", alg: "RS256", use: "sig" };
  const publicJwk = { ...(await exportJWK(publicKey)), kid: "dev-idp-1", alg: "RS256", use: "sig" };
  const claimsFor = (sub: string) => ({
    sub,
    name: sub
      .split("@")[0]!
      .replace(/[._-]+/g, " ")
      .replace(/\b\w/g, (c) => c.toUpperCase()),
    preferred_username: sub.includes("@") ? sub : `${sub}@contoso-partner.example`,
    tid: DEMO_TENANT_ID,
    oid: objectIdFor(sub),
    amr: authMethods(sub),
  });

  // Loaded on first use: its import warns about the Node version, which a refused setting should not print first.
  const { default: OidcProvider } = await import("oidc-provider");
  const provider = new OidcProvider(issuer, {
    clients: [
      {
        client_id: DEMO_CLIENT_ID,
        client_name: "Partner Center Analytics dashboard (demo)",
        application_type: "web",
        token_endpoint_auth_method: "none",
        // The device code grant is what `npm run report -- --sign-in` uses (MSAL Node), tested against this provider.
        grant_types: ["authorization_code", "refresh_token", DEVICE_CODE_GRANT],
        response_types: ["code"],
        redirect_uris: appOrigins.map((o) => `${o}/redirect.html`),
        post_logout_redirect_uris: appOrigins.map((o) => `${o}/`),
      },
    ],
    jwks: { keys: [signingKey] },
    async findAccount(_ctx: KoaContextWithOIDC, sub: string) {
      return { accountId: sub, claims: async () => claimsFor(sub) };
    },
    claims: { openid: ["sub"], profile: ["name", "preferred_username", "tid", "oid", "amr"] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // MSAL redeems codes from the browser: only the dashboard's own origins may do so cross-origin.
    clientBasedCORS: (_ctx: KoaContextWithOIDC, origin: string) => appOrigins.includes(origin),
    ttl: {
      AccessToken: 3600,
      IdToken: 3600,
      RefreshToken: 24 * 3600,
      Session: 24 * 3600,
      Interaction: 600,
      DeviceCode: 600,
      Grant: 24 * 3600,
    },
    cookies: { keys: [Buffer.from(await crypto.getRandomValues(new Uint8Array(32))).toString("hex")] },
    interactions: {
      url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) =>
        `${IDP_MOUNT}/interaction/${interaction.uid}`,
    },
    // Access tokens carry what a Partner Center resource server reads: tenant, object id, user name, MFA.
    extraTokenClaims: async (_ctx: KoaContextWithOIDC, token) => {
      if (!("accountId" in token) || !token.accountId) return undefined;
      const { tid, oid, amr, preferred_username } = claimsFor(token.accountId);
      return { tid, oid, amr, preferred_username };
    },
    // MSAL Node derives the device authorization endpoint from the token endpoint (…/token → …/devicecode) and
    // ignores discovery's device_authorization_endpoint.
    routes: { device_authorization: "/devicecode" },
    features: {
      devInteractions: { enabled: false },
      deviceFlow: {
        enabled: true,
        userCodeInputSource: async (ctx: KoaContextWithOIDC, form: string, _out: unknown, error?: Error) =>
          void (ctx.body = deviceCodePage(form, error)),
        userCodeConfirmSource: async (
          ctx: KoaContextWithOIDC,
          form: string,
          _client: unknown,
          _device: unknown,
          userCode: string,
        ) => void (ctx.body = deviceConfirmPage(form, userCode)),
        successSource: async (ctx: KoaContextWithOIDC) => void (ctx.body = deviceDonePage()),
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => void (ctx.body = logoutPage(form)),
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => void (ctx.body = signedOutPage()),
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => PARTNER_CENTER_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: PARTNER_CENTER_SCOPE,
          audience: PARTNER_CENTER_AUDIENCE,
          accessTokenFormat: "jwt",
          accessTokenTTL: 3600,
        }),
      },
    },
    renderError: async (ctx: KoaContextWithOIDC, out: { error_description?: string; error?: string }) => {
      ctx.type = "html";
      ctx.body = errorPage(out.error_description ?? out.error ?? "unknown error");
    },
  });
  // Reads the protocol and host pinOrigin set, never the caller's.
  provider.proxy = true;
  // oidc-provider sends no `interval` (RFC 8628 then means 5 s); MSAL Node reads it unchecked and, without one,
  // polls without pause.
  provider.on("device_authorization.success", (_ctx: KoaContextWithOIDC, body: Record<string, unknown>) => {
    body.interval = DEVICE_POLL_INTERVAL;
  });

  // MSAL never sends prompt=consent, and without it oidc-provider drops offline_access (OIDC Core), so no
  // refresh token would be issued. Asking for consent on every interactive request keeps offline_access;
  // the consent itself is granted on the sign-in page, so the user never sees a second page.
  provider.use(async (ctx, next) => {
    // Rewriting the query below would hide the mount path from oidc-provider's own detection.
    ctx.mountPath = IDP_MOUNT;
    if (ctx.path === "/auth" && ctx.method === "GET" && !ctx.query.prompt)
      ctx.query = { ...ctx.query, prompt: "consent" };
    await next();
  });

  async function grantAll(
    accountId: string,
    clientId: string,
    details: Awaited<ReturnType<Provider["interactionDetails"]>>,
  ) {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId, clientId });
    grant!.addOIDCScope("openid profile offline_access");
    grant!.addResourceScope(PARTNER_CENTER_AUDIENCE, PARTNER_CENTER_SCOPE);
    return grant!.save();
  }

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string) {
    const details = await provider.interactionDetails(req, res);
    const clientId = String(details.params.client_id);
    const action = `${IDP_MOUNT}/interaction/${uid}`;
    const send = (html: string) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(html);
    };
    if (details.prompt.name === "consent" && details.session?.accountId) {
      const grantId = await grantAll(details.session.accountId, clientId, details);
      return provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
    }
    if (req.method !== "POST") return send(loginPage(action));
    const form = await readForm(req);
    const username = (form.get("username") ?? "").trim();
    if (!username) return send(loginPage(action, "Enter a user name."));
    const grantId = await grantAll(username, clientId, details);
    return provider.interactionFinished(
      req,
      res,
      { login: { accountId: username, amr: authMethods(username) }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  const callback = provider.callback();
  return {
    publicJwks: { keys: [publicJwk] },
    handle(req: IncomingMessage, res: ServerResponse) {
      const url = req.url ?? "/";
      const match = /^\/idp\/interaction\/([\w-]+)\/?(?:\?.*)?$/.exec(url);
      if (match) {
        interaction(req, res, match[1]!).catch((error: unknown) => {
          if (res.headersSent) return res.end();
          res.writeHead(400, { "content-type": "text/html; charset=utf-8" });
          res.end(
            errorPage(
              error instanceof Error
                ? `${error.message}. Start the sign-in again from the dashboard.`
                : "Sign-in failed.",
            ),
          );
        });
        return;
      }
      req.url = url.slice(IDP_MOUNT.length) || "/";
      if (req.method !== "POST" || !/^\/token(?:\?|$)/.test(req.url)) return void callback(req, res);
      withStandardDeviceGrant(req).then(
        (replayed) => callback(replayed, res),
        () => void res.writeHead(413).end(),
      );
    },
  };
}
