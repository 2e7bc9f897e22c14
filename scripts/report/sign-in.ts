import {
  AuthError,
  LogLevel,
  ProtocolMode,
  PublicClientApplication,
  type AccountInfo,
} from "@azure/msal-node";
import type { ServerConfig } from "../../server/config.ts";
import { fileCachePlugin, TokenCacheError, type TokenCacheFile } from "./token-cache.ts";

/**
 * The report's own sign-in, with MSAL Node: a device code once (the user finishes it in any browser, MFA included),
 * then silent renewal from the token cache file on every scheduled run.
 */
export function createReportSignIn(auth: ServerConfig["auth"], cache: TokenCacheFile) {
  const pca = new PublicClientApplication({
    auth: { clientId: auth.clientId, authority: auth.authority, knownAuthorities: auth.knownAuthorities },
    cache: { cachePlugin: fileCachePlugin(cache) },
    system: {
      protocolMode: auth.protocolMode === "OIDC" ? ProtocolMode.OIDC : ProtocolMode.AAD,
      // Errors only, never personal data: MSAL's verbose lines name the user and the cache's contents.
      loggerOptions: { logLevel: LogLevel.Error, piiLoggingEnabled: false, loggerCallback: () => undefined },
    },
  });
  const scopes = auth.scopes;

  return {
    /** Prints where to go and which code to enter, waits until the user has signed in, and keeps the cache. */
    async signIn(print: (line: string) => void): Promise<AccountInfo> {
      const result = await pca.acquireTokenByDeviceCode({
        scopes,
        deviceCodeCallback: ({ verificationUri, userCode }) =>
          print(`To sign in, open ${verificationUri} in a browser and enter the code ${userCode}`),
      });
      if (!result?.account) throw new TokenCacheError("The sign-in returned no account.");
      // One account per cache: the scheduled run must not guess between the previous user and this one.
      const tokens = pca.getTokenCache();
      for (const other of await tokens.getAllAccounts())
        if (other.homeAccountId !== result.account.homeAccountId) await tokens.removeAccount(other);
      return result.account;
    },
    /** A valid access token from the cache, renewed with the refresh token when needed, without a person. */
    async token(): Promise<{ accessToken: string; account: AccountInfo }> {
      const [account] = await pca.getTokenCache().getAllAccounts();
      if (!account)
        throw new TokenCacheError(
          `No sign-in found in the token cache ${cache.path}. Sign in once with \`${cache.signInCommand}\`.`,
        );
      try {
        const result = await pca.acquireTokenSilent({ scopes, account });
        return { accessToken: result.accessToken, account };
      } catch (error) {
        const reason = error instanceof AuthError ? error.errorCode : String(error);
        throw new TokenCacheError(
          `The sign-in in ${cache.path} could not be renewed (${reason}): it has expired or was revoked. Sign in again with \`${cache.signInCommand}\`.`,
        );
      }
    },
  };
}
