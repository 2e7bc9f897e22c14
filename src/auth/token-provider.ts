import { InteractionRequiredAuthError, type IPublicClientApplication } from "@azure/msal-browser";

export class SignInRequiredError extends Error {
  constructor(message = "You are not signed in.") {
    super(message);
    this.name = "SignInRequiredError";
  }
}

/**
 * Tokens for the API client: silent first (cache, refresh token, hidden iframe); when the identity provider
 * needs the user, a redirect that comes back to the same URL. A forced refresh is the API client's answer to a 401.
 */
export function createTokenProvider(pca: IPublicClientApplication, scopes: string[]) {
  return async function getToken({ forceRefresh }: { forceRefresh: boolean }): Promise<string> {
    const account = pca.getActiveAccount();
    if (!account) throw new SignInRequiredError();
    try {
      const result = await pca.acquireTokenSilent({ scopes, account, forceRefresh });
      return result.accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) {
        await pca.acquireTokenRedirect({ scopes, account, redirectStartPage: window.location.href });
        throw new SignInRequiredError("Your sign-in has expired. Signing you in again…");
      }
      throw error;
    }
  };
}

/**
 * A report run's page (`reportRun` in /config.json) holds no token: the loopback server's relay replaces this
 * placeholder with the token the report command obtained (server/report-run.ts).
 */
export const relayHeldToken = async () => "held-by-the-report-relay";
