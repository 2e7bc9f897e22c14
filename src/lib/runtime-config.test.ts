import { describe, expect, it } from "vitest";
import { loadRuntimeConfig } from "./runtime-config.ts";

const config = {
  cloud: "global",
  apiBasePath: "/pc",
  demo: false,
  partnerName: "Contoso",
  features: { referrals: true },
  auth: {
    clientId: "11111111-1111-1111-1111-111111111111",
    authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com",
    knownAuthorities: [],
    protocolMode: "AAD",
    scopes: ["https://api.partnercenter.microsoft.com/user_impersonation"],
  },
};
const metadata = {
  issuer: "https://login.microsoftonline.com/0000/v2.0",
  authorization_endpoint: "https://login.microsoftonline.com/0000/oauth2/v2.0/authorize",
  token_endpoint: "https://login.microsoftonline.com/0000/oauth2/v2.0/token",
  jwks_uri: "https://login.microsoftonline.com/0000/discovery/v2.0/keys",
};
const serving = (body: unknown) => (async () => Response.json(body)) as unknown as typeof fetch;

describe("loadRuntimeConfig", () => {
  it("reads the authority's metadata when the server sends it, and does without", async () => {
    const withMetadata = { ...config, auth: { ...config.auth, metadata } };
    expect((await loadRuntimeConfig(serving(withMetadata))).auth.metadata).toEqual(metadata);
    expect((await loadRuntimeConfig(serving(config))).auth.metadata).toBeUndefined();
  });

  it("refuses metadata MSAL could not use, naming the field", async () => {
    const http = { ...metadata, token_endpoint: "http://login.microsoftonline.com/0000/token" };
    await expect(
      loadRuntimeConfig(serving({ ...config, auth: { ...config.auth, metadata: http } })),
    ).rejects.toThrow(
      /configuration \(\/config\.json\) is invalid: .*must be an https URL.*auth\.metadata\.token_endpoint/s,
    );
    const { jwks_uri: _, ...noKeys } = metadata;
    await expect(
      loadRuntimeConfig(serving({ ...config, auth: { ...config.auth, metadata: noKeys } })),
    ).rejects.toThrow(/auth\.metadata\.jwks_uri/);
  });
});
