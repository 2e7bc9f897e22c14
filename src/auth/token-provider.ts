import {
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from "@azure/msal-browser";

export class SignInRequiredError extends Error {
  constructor(message = "You are not signed in.") {
    super(message);
    this.name = "SignInRequiredError";
  }
}

/**
 * Tokens for the API client: silent first (cache, refresh token, hidden iframe); when the identity provider
 * needs the user, a redirect that comes back to the same URL. A forced refresh is the API client's answer to a 401.
 *
 * `warm` (the app) asks MSAL once at creation, while the first page's code loads: that first call also fetches
 * the authority's metadata (OpenID discovery), which otherwise waited for the page's first query. Calls made
 * while an unforced one is in flight share its answer, so the first page's ~14 queries wait for one cache lookup
 * rather than 14. Nothing is kept after a call settles: every later query asks MSAL, which notices a token
 * that left its cache (and renews it) as before.
 */
export function createTokenProvider(
  pca: IPublicClientApplication,
  scopes: string[],
  { warm = false }: { warm?: boolean } = {},
) {
  let shared: { homeAccountId: string; token: Promise<string> } | null = null;
  const silent = (account: AccountInfo) => {
    const token = pca.acquireTokenSilent({ scopes, account, forceRefresh: false }).then((r) => r.accessToken);
    const entry = { homeAccountId: account.homeAccountId, token };
    shared = entry;
    const settle = () => void (shared === entry && (shared = null));
    token.then(settle, settle);
    return token;
  };
  const first = pca.getActiveAccount();
  if (warm && first) silent(first).catch(() => undefined);

  return async function getToken({ forceRefresh }: { forceRefresh: boolean }): Promise<string> {
    const account = pca.getActiveAccount();
    if (!account) throw new SignInRequiredError();
    try {
      if (forceRefresh) return (await pca.acquireTokenSilent({ scopes, account, forceRefresh })).accessToken;
      return await (shared?.homeAccountId === account.homeAccountId ? shared.token : silent(account));
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
