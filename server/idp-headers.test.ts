import { createHash, randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { createDevIdentityProvider, DEMO_CLIENT_ID } from "../mock/idp/dev-idp.ts";
import { buildApp } from "./app.ts";
import { readConfig } from "./config.ts";

// Issue 17: the embedded identity provider is hijacked past Fastify's onSend hook, so its pages carried none of the
// app's headers, and it built its URLs from X-Forwarded-Host.
let app: FastifyInstance;
const config = readConfig({ LOG: "off", DIST_DIR: "does-not-exist" });
const origin = config.publicOrigin;

beforeAll(async () => {
  const idp = await createDevIdentityProvider(origin, [origin]);
  app = buildApp(config, { idp });
});

const cookiesOf = (setCookie: string | string[] | undefined) =>
  [setCookie ?? []]
    .flat()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");

/** The sign-in page, reached the way MSAL reaches it: an authorization request that needs a user. */
async function signInPage() {
  const verifier = randomBytes(32).toString("base64url");
  const query = new URLSearchParams({
    client_id: DEMO_CLIENT_ID,
    response_type: "code",
    redirect_uri: `${origin}/redirect.html`,
    scope: "openid",
    state: "s",
    nonce: "n",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
  });
  const authorize = await app.inject({ method: "GET", url: `/idp/auth?${query}` });
  expect(authorize.statusCode).toBe(303);
  const location = new URL(String(authorize.headers.location), origin);
  const page = await app.inject({
    method: "GET",
    url: location.pathname,
    headers: { cookie: cookiesOf(authorize.headers["set-cookie"]) },
  });
  expect(page.body).toContain("Sign in to the demo tenant");
  return { authorize, page };
}

describe("the identity provider under /idp", () => {
  it("carries the security headers on every kind of answer, the sign-in page included", async () => {
    const { authorize, page } = await signInPage();
    const answers = {
      "sign-in page": page,
      "authorization redirect": authorize,
      discovery: await app.inject({ method: "GET", url: "/idp/.well-known/openid-configuration" }),
      jwks: await app.inject({ method: "GET", url: "/idp/jwks" }),
      "error page": await app.inject({ method: "GET", url: "/idp/auth?client_id=nobody" }),
      "token endpoint error": await app.inject({
        method: "POST",
        url: "/idp/token",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: "grant_type=authorization_code&code=x",
      }),
      "unknown path": await app.inject({ method: "GET", url: "/idp/nothing-here" }),
    };
    for (const [name, response] of Object.entries(answers)) {
      const csp = String(response.headers["content-security-policy"] ?? "");
      expect.soft(csp, `CSP on the ${name}`).toContain("frame-ancestors 'none'");
      expect.soft(csp, `CSP on the ${name}`).toContain("default-src 'none'");
      expect.soft(csp, `CSP on the ${name}`).toContain("base-uri 'none'");
      expect.soft(csp, `CSP on the ${name}`).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect.soft(response.headers["x-frame-options"], `X-Frame-Options on the ${name}`).toBe("DENY");
      expect.soft(response.headers["x-content-type-options"], `nosniff on the ${name}`).toBe("nosniff");
      expect.soft(response.headers["referrer-policy"], `Referrer-Policy on the ${name}`).toBe("no-referrer");
      expect
        .soft(response.headers["strict-transport-security"], `HSTS on the ${name}`)
        .toMatch(/max-age=\d+/);
    }
  });

  it("allows the sign-in page's own style by its hash and its form to post only to this origin", async () => {
    const { page } = await signInPage();
    const csp = String(page.headers["content-security-policy"]);
    const style = /<style>([\s\S]*?)<\/style>/.exec(page.body)?.[1] ?? "";
    expect(style.length).toBeGreaterThan(0);
    expect(csp).toContain(`style-src 'sha256-${createHash("sha256").update(style).digest("base64")}'`);
    expect(csp).toContain("form-action 'self'");
  });

  it("builds its discovery document from the configured origin, whatever Host and X-Forwarded-* say", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/idp/.well-known/openid-configuration",
      headers: {
        host: "evil.example",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "http",
        "x-forwarded-port": "8080",
      },
    });
    expect(response.statusCode).toBe(200);
    const discovery = response.json();
    expect(discovery.issuer).toBe(`${origin}/idp`);
    expect(discovery.token_endpoint).toBe(`${origin}/idp/token`);
    expect(discovery.authorization_endpoint).toBe(`${origin}/idp/auth`);
    expect(discovery.jwks_uri).toBe(`${origin}/idp/jwks`);
    expect(response.body).not.toContain("evil.example");
  });

  it("carries no HSTS when the server runs without TLS", async () => {
    const plain = readConfig({ LOG: "off", TLS: "off", DIST_DIR: "does-not-exist" });
    const idp = await createDevIdentityProvider(plain.publicOrigin, [plain.publicOrigin]);
    const response = await buildApp(plain, { idp }).inject({ method: "GET", url: "/idp/jwks" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["strict-transport-security"]).toBeUndefined();
    expect(String(response.headers["content-security-policy"])).toContain("frame-ancestors 'none'");
  });
});
