import {
  InteractionRequiredAuthError,
  type AuthenticationResult,
  type IPublicClientApplication,
} from "@azure/msal-browser";

export class SignInRequiredError extends Error {
  constructor(message = "You are not signed in.") {
    super(message);
    this.name = "SignInRequiredError";
  }
}

/** A token is reused until this long before it expires; then MSAL is asked again (and renews it). */
export const TOKEN_REUSE_MARGIN_MS = 5 * 60_000;

interface Held {
  token: string;
  homeAccountId: string;
  usableUntil: number;
}

/**
 * Tokens for the API client: silent first (cache, refresh token, hidden iframe); when the identity provider
 * needs the user, a redirect that comes back to the same URL. A forced refresh is the API client's answer to a 401.
 *
 * `warm` (the app) asks MSAL once at creation, while the first page's code loads: that first call also fetches
 * the authority's metadata (OpenID discovery). Its token is then handed to every query until five minutes before
 * it expires, without a round through MSAL each: the first page's ~14 queries otherwise waited together for
 * MSAL's asynchronous cache lookups behind the page's first render (issue 18).
 */
export function createTokenProvider(
  pca: IPublicClientApplication,
  scopes: string[],
  { warm = false }: { warm?: boolean } = {},
) {
  let held: Held | null = null;
  const keep = (result: AuthenticationResult) => {
    const expires = result.expiresOn?.getTime();
    held =
      expires && result.account
        ? {
            token: result.accessToken,
            homeAccountId: result.account.homeAccountId,
            usableUntil: expires - TOKEN_REUSE_MARGIN_MS,
          }
        : null;
    return result.accessToken;
  };
  const first = pca.getActiveAccount();
  let warming =
    warm && first ? pca.acquireTokenSilent({ scopes, account: first }).then(keep, () => undefined) : null;

  return async function getToken({ forceRefresh }: { forceRefresh: boolean }): Promise<string> {
    if (warming && !forceRefresh) await warming;
    warming = null;
    const account = pca.getActiveAccount();
    if (!account) throw new SignInRequiredError();
    if (!forceRefresh && held?.homeAccountId === account.homeAccountId && Date.now() < held.usableUntil)
      return held.token;
    try {
      return keep(await pca.acquireTokenSilent({ scopes, account, forceRefresh }));
    } catch (error) {
      held = null;
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
