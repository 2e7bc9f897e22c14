import {
  InteractionRequiredAuthError,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
} from "@azure/msal-browser";
import { MsalProvider } from "@azure/msal-react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createPartnerCenterClient } from "../api/client.ts";
import { PartnerCenterError } from "../api/errors.ts";
import { ErrorPanel } from "../components/states.tsx";
import { AuthGate } from "./auth-gate.tsx";
import { createTokenProvider } from "./token-provider.ts";

const SCOPES = ["https://api.partnercenter.microsoft.com/user_impersonation"];
const account: AccountInfo = {
  homeAccountId: "oid.tid",
  environment: "login.microsoftonline.com",
  tenantId: "tid",
  username: "alice@contoso.test",
  localAccountId: "oid",
  name: "Alice",
};
const token = (accessToken: string) =>
  ({ accessToken, account, scopes: SCOPES }) as unknown as AuthenticationResult;

// A real PublicClientApplication (memory cache, so nothing persists between tests), with spies on the calls
// that would leave the page or reach an identity provider.
async function pca(signedIn: boolean) {
  const instance = new PublicClientApplication({
    auth: { clientId: "00000000-0000-0000-0000-000000000000" },
    cache: { cacheLocation: "memoryStorage" },
  });
  await instance.initialize();
  vi.spyOn(instance, "getAllAccounts").mockReturnValue(signedIn ? [account] : []);
  vi.spyOn(instance, "getActiveAccount").mockReturnValue(signedIn ? account : null);
  return {
    instance,
    loginRedirect: vi.spyOn(instance, "loginRedirect").mockResolvedValue(),
    acquireTokenRedirect: vi.spyOn(instance, "acquireTokenRedirect").mockResolvedValue(),
    acquireTokenSilent: vi.spyOn(instance, "acquireTokenSilent"),
  };
}

const seen: (string | null)[] = [];
let answers: number[] = [];
const server = setupServer(
  http.get("http://localhost/pc/partner/v1/analytics/subscriptions", ({ request }) => {
    seen.push(request.headers.get("authorization"));
    const status = answers.shift() ?? 200;
    return status === 200
      ? HttpResponse.json({
          Value: [{ status: "ACTIVE", subscriptionCount: "2", licenseCount: "5" }],
          "@nextLink": null,
          TotalCount: 1,
        })
      : HttpResponse.json({ code: String(status), description: "no", data: [], source: "test" }, { status });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
  answers = [];
});
afterAll(() => server.close());

const clientFor = (instance: PublicClientApplication) =>
  createPartnerCenterClient({
    baseUrl: "http://localhost/pc",
    getToken: createTokenProvider(instance, SCOPES),
    sleep: async () => undefined,
  });

/** The gate around a stand-in for the app; `startedSignedIn` as main.tsx would pass it. */
const renderGate = (instance: PublicClientApplication, startedSignedIn: boolean) =>
  render(
    <MsalProvider instance={instance}>
      <AuthGate scopes={SCOPES} demo={false} startedSignedIn={startedSignedIn}>
        <p>secret dashboard</p>
      </AuthGate>
    </MsalProvider>,
  );

describe("sign-in with MSAL", () => {
  it("signed out: shows the sign-in screen and starts a redirect that comes back to the same URL", async () => {
    const { instance, loginRedirect } = await pca(false);
    renderGate(instance, false);
    await userEvent.click(await screen.findByRole("button", { name: "Sign in" }));
    expect(screen.queryByText("secret dashboard")).toBeNull();
    expect(screen.getByText(/work account in your Partner Center tenant/)).toBeInTheDocument();
    expect(loginRedirect).toHaveBeenCalledWith({ scopes: SCOPES, redirectStartPage: window.location.href });
  });

  it("signed in: shows the app, and API requests carry the user's token", async () => {
    const { instance, acquireTokenSilent } = await pca(true);
    acquireTokenSilent.mockResolvedValue(token("t0k"));
    renderGate(instance, false);
    expect(await screen.findByText("secret dashboard")).toBeInTheDocument();
    const page = await clientFor(instance).getPage("subscriptions", { groupby: ["status"] });
    expect(page.rows[0]).toMatchObject({ status: "ACTIVE", subscriptionCount: 2 });
    expect(seen).toEqual(["Bearer t0k"]);
    expect(acquireTokenSilent).toHaveBeenCalledWith({ scopes: SCOPES, account, forceRefresh: false });
  });

  it("signed in when MSAL started (main.tsx): the app is in the first render, with no 'Signing in…' first", async () => {
    const { instance } = await pca(true);
    renderGate(instance, true);
    expect(screen.getByText("secret dashboard")).toBeInTheDocument();
    expect(screen.queryByText("Signing in…")).toBeNull();
    await waitFor(() => expect(screen.getByText("secret dashboard")).toBeInTheDocument());
  });

  it("started signed in, but MSAL then knows no account: the sign-in screen, not the app", async () => {
    const { instance } = await pca(false);
    renderGate(instance, true);
    expect(await screen.findByRole("button", { name: "Sign in" })).toBeInTheDocument();
    expect(screen.queryByText("secret dashboard")).toBeNull();
  });

  it("a silent failure that needs the user falls back to a redirect", async () => {
    const { instance, acquireTokenSilent, acquireTokenRedirect } = await pca(true);
    acquireTokenSilent.mockRejectedValue(
      new InteractionRequiredAuthError("interaction_required", "the identity provider needs the user"),
    );
    const error = await clientFor(instance)
      .getPage("subscriptions", { groupby: ["status"] })
      .catch((e: unknown) => e);
    expect(acquireTokenRedirect).toHaveBeenCalledWith({
      scopes: SCOPES,
      account,
      redirectStartPage: window.location.href,
    });
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect((error as PartnerCenterError).kind).toBe("unauthorized");
    expect(seen).toEqual([]);
  });

  it("a 401 forces one token refresh and retries with the new token", async () => {
    const { instance, acquireTokenSilent } = await pca(true);
    acquireTokenSilent.mockResolvedValueOnce(token("stale")).mockResolvedValueOnce(token("fresh"));
    answers = [401];
    const page = await clientFor(instance).getPage("subscriptions", { groupby: ["status"] });
    expect(page.totalCount).toBe(1);
    expect(seen).toEqual(["Bearer stale", "Bearer fresh"]);
    expect(acquireTokenSilent).toHaveBeenLastCalledWith({ scopes: SCOPES, account, forceRefresh: true });
  });

  it("a second 401 ends in the 'sign in again' state", async () => {
    const { instance, acquireTokenSilent } = await pca(true);
    acquireTokenSilent.mockResolvedValue(token("t"));
    answers = [401, 401];
    const error = await clientFor(instance)
      .getPage("subscriptions", { groupby: ["status"] })
      .catch((e: unknown) => e);
    expect((error as PartnerCenterError).kind).toBe("unauthorized");
    expect(seen).toHaveLength(2);
  });

  it("a 403 says which Partner Center access is missing", async () => {
    const { instance, acquireTokenSilent } = await pca(true);
    acquireTokenSilent.mockResolvedValue(token("t"));
    answers = [403];
    const error = await clientFor(instance)
      .getPage("subscriptions", { groupby: ["status"] })
      .catch((e: unknown) => e);
    render(<ErrorPanel error={error} />);
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent(/Partner Center role that can read analytics/),
    );
    expect(screen.getByRole("alert")).toHaveTextContent(/Admin agent/);
    expect(seen).toHaveLength(1);
  });
});

describe("the app's token provider (warm)", () => {
  it("asks MSAL once at creation, and queries made meanwhile share that answer", async () => {
    const { instance, acquireTokenSilent } = await pca(true);
    let answer = (_: AuthenticationResult) => {};
    acquireTokenSilent.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const getToken = createTokenProvider(instance, SCOPES, { warm: true });
    expect(acquireTokenSilent).toHaveBeenCalledTimes(1);
    const tokens = Promise.all([1, 2, 3].map(() => getToken({ forceRefresh: false })));
    answer(token("early"));
    expect(await tokens).toEqual(["early", "early", "early"]);
    expect(acquireTokenSilent).toHaveBeenCalledTimes(1);
  });

  it("keeps nothing once a call settled: the next query asks MSAL again, which renews a token gone from its cache", async () => {
    const { instance, acquireTokenSilent } = await pca(true);
    acquireTokenSilent.mockResolvedValueOnce(token("early")).mockResolvedValueOnce(token("renewed"));
    const getToken = createTokenProvider(instance, SCOPES, { warm: true });
    expect(await getToken({ forceRefresh: false })).toBe("early");
    expect(await getToken({ forceRefresh: false })).toBe("renewed");
    expect(acquireTokenSilent).toHaveBeenCalledTimes(2);
  });

  it("a forced refresh never takes a shared unforced answer, and another account never takes this one's", async () => {
    const { instance, acquireTokenSilent } = await pca(true);
    acquireTokenSilent.mockReturnValueOnce(new Promise(() => {}));
    const getToken = createTokenProvider(instance, SCOPES, { warm: true });
    acquireTokenSilent.mockResolvedValueOnce(token("forced"));
    expect(await getToken({ forceRefresh: true })).toBe("forced");
    expect(acquireTokenSilent).toHaveBeenLastCalledWith({ scopes: SCOPES, account, forceRefresh: true });
    const bob = { ...account, homeAccountId: "bob.tid" };
    vi.mocked(instance.getActiveAccount).mockReturnValue(bob);
    acquireTokenSilent.mockResolvedValueOnce({ ...token("bob"), account: bob });
    expect(await getToken({ forceRefresh: false })).toBe("bob");
  });

  it("a failed warm-up fails the queries that shared it, which then redirect as before", async () => {
    const { instance, acquireTokenSilent, acquireTokenRedirect } = await pca(true);
    acquireTokenSilent.mockRejectedValue(
      new InteractionRequiredAuthError("interaction_required", "needs the user"),
    );
    const getToken = createTokenProvider(instance, SCOPES, { warm: true });
    await expect(getToken({ forceRefresh: false })).rejects.toThrow(/Signing you in again/);
    expect(acquireTokenRedirect).toHaveBeenCalledTimes(1);
  });
});
