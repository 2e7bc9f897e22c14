import { describe, expect, it } from "vitest";
import { createAuthorityMetadata, discoveryUrl, endpointMetadata } from "./authority-metadata.ts";
import { readConfig } from "./config.ts";

const entra = readConfig({
  IDENTITY_PROVIDER: "entra",
  AUTH_CLIENT_ID: "11111111-1111-1111-1111-111111111111",
  AUTH_TENANT_ID: "contoso.onmicrosoft.com",
}).auth;
const demo = readConfig({ PORT: "8443" }).auth;

const document = (origin: string, base: string) => ({
  issuer: `${origin}${base}`,
  authorization_endpoint: `${origin}${base}/auth`,
  token_endpoint: `${origin}${base}/token`,
  jwks_uri: `${origin}${base}/jwks`,
  end_session_endpoint: `${origin}${base}/session/end`,
  response_types_supported: ["code"],
});
const demoDocument = document("https://localhost:8443", "/idp");

describe("discoveryUrl", () => {
  it("is where MSAL looks: /v2.0/ under an Entra authority, right under an OpenID Connect one", () => {
    expect(discoveryUrl(entra)).toBe(
      "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration",
    );
    expect(discoveryUrl(demo)).toBe("https://localhost:8443/idp/.well-known/openid-configuration");
  });
});

describe("endpointMetadata", () => {
  it("keeps only the fields MSAL reads", () => {
    const { response_types_supported: _, ...fields } = demoDocument;
    expect(endpointMetadata(demoDocument, demo.authority)).toEqual(fields);
  });

  it("names what makes a document unusable: a missing field, an endpoint off the authority's host or not https", () => {
    const { token_endpoint: _, ...noToken } = demoDocument;
    expect(endpointMetadata(noToken, demo.authority)).toBe("token_endpoint is missing");
    expect(
      endpointMetadata({ ...demoDocument, token_endpoint: "https://evil.example/token" }, demo.authority),
    ).toBe(
      "token_endpoint (https://evil.example/token) is not an https URL on the authority's host localhost:8443",
    );
    expect(
      endpointMetadata({ ...demoDocument, jwks_uri: "http://localhost:8443/idp/jwks" }, demo.authority),
    ).toMatch(/^jwks_uri \(http:.*\) is not an https URL/);
    expect(endpointMetadata("<html>", demo.authority)).toBe("the answer is not a JSON object");
  });
});

describe("createAuthorityMetadata", () => {
  function source(load: (url: string) => Promise<unknown>) {
    let clock = 0;
    const warnings: string[] = [];
    const urls: string[] = [];
    const metadata = createAuthorityMetadata({
      auth: demo,
      load: (url) => (urls.push(url), load(url)),
      warn: (message) => warnings.push(message),
      now: () => clock,
      maxAgeMs: 1_000,
      retryMs: 100,
    });
    return { metadata, warnings, urls, advance: (ms: number) => (clock += ms) };
  }

  it("reads the document once, answers from memory until it is a day old, then reads it again", async () => {
    const { metadata, urls, advance } = source(async () => demoDocument);
    expect(metadata.current()).toBeUndefined();
    await metadata.refresh();
    for (let i = 0; i < 5; i++) expect(metadata.current()?.token_endpoint).toBe(demoDocument.token_endpoint);
    expect(urls).toEqual([discoveryUrl(demo)]);
    advance(1_000);
    expect(metadata.current()).toBeUndefined();
    await Promise.resolve();
    expect(urls).toHaveLength(2);
  });

  it("shares one read among concurrent callers", async () => {
    const { metadata, urls } = source(async () => demoDocument);
    await Promise.all([metadata.refresh(), metadata.refresh(), metadata.refresh()]);
    expect(urls).toHaveLength(1);
  });

  it("on a failure says why, hands out nothing, and tries again only after the retry delay", async () => {
    const { metadata, warnings, urls, advance } = source(async () => {
      throw new Error("it answered 503");
    });
    await metadata.refresh();
    expect(warnings).toEqual([
      `The sign-in authority's metadata (${discoveryUrl(demo)}) could not be read: it answered 503. MSAL fetches it itself.`,
    ]);
    expect(metadata.current()).toBeUndefined();
    expect(urls).toHaveLength(1);
    advance(100);
    metadata.current();
    expect(urls).toHaveLength(2);
  });

  it("refuses a document whose endpoints lie elsewhere, with the reason", async () => {
    const { metadata, warnings } = source(async () => document("https://elsewhere.example", "/idp"));
    await metadata.refresh();
    expect(metadata.current()).toBeUndefined();
    expect(warnings[0]).toContain("is not an https URL on the authority's host localhost:8443");
  });
});
