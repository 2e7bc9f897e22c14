import { EventType, ProtocolMode, PublicClientApplication, type AccountInfo } from "@azure/msal-browser";
import type { RuntimeConfig } from "../lib/runtime-config.ts";

/** The one PublicClientApplication, built from /config.json. Tokens stay in MSAL's sessionStorage cache. */
export function createMsalInstance(
  config: RuntimeConfig,
  origin = window.location.origin,
): PublicClientApplication {
  const pca = new PublicClientApplication({
    auth: {
      clientId: config.auth.clientId,
      authority: config.auth.authority,
      knownAuthorities: config.auth.knownAuthorities,
      ...(config.auth.metadata ? { authorityMetadata: JSON.stringify(config.auth.metadata) } : {}),
      redirectUri: `${origin}/redirect.html`,
      postLogoutRedirectUri: `${origin}/`,
    },
    cache: { cacheLocation: "sessionStorage" },
    system: { protocolMode: config.auth.protocolMode === "OIDC" ? ProtocolMode.OIDC : ProtocolMode.AAD },
  });
  // v5: the LOGIN_SUCCESS payload is the AccountInfo itself.
  pca.addEventCallback((event) => {
    if (event.eventType === EventType.LOGIN_SUCCESS && event.payload)
      pca.setActiveAccount(event.payload as AccountInfo);
  });
  return pca;
}

/** After initialize(): pick up an account restored from the cache. */
export function restoreActiveAccount(pca: PublicClientApplication): void {
  if (!pca.getActiveAccount()) pca.setActiveAccount(pca.getAllAccounts()[0] ?? null);
}
