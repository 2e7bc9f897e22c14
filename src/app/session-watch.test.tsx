import { PublicClientApplication, type AccountInfo } from "@azure/msal-browser";
import { MsalProvider } from "@azure/msal-react";
import { QueryClientProvider, queryOptions, useQuery } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { PartnerCenterError } from "../api/errors.ts";
import { createQueryClient } from "../api/query-client.ts";
import { SessionWatch } from "./session-watch.tsx";

const SCOPES = ["https://api.partnercenter.microsoft.com/user_impersonation"];
const account = {
  homeAccountId: "oid.tid",
  environment: "login.microsoftonline.com",
  tenantId: "tid",
  username: "alice@contoso.test",
  localAccountId: "oid",
  idToken: "id-token",
} as AccountInfo;

const refusal = (code: string, description: string) =>
  new PartnerCenterError({
    kind: "unauthorized",
    resource: "subscriptions",
    detail: `you are not signed in or your session has expired (HTTP 401): ${description}`,
    status: 401,
    code,
    description,
    correlationId: "c",
    requestId: "r",
  });

function Card({ error }: { error: PartnerCenterError }) {
  const query = useQuery(
    queryOptions({ queryKey: ["card", error], queryFn: () => Promise.reject(error), retry: false }),
  );
  return <p>{query.isError ? "card failed" : "card loading"}</p>;
}

// A real PublicClientApplication (memory cache) with spies on the calls that would leave the page.
async function renderWatch(...errors: PartnerCenterError[]) {
  const pca = new PublicClientApplication({
    auth: { clientId: "00000000-0000-0000-0000-000000000000" },
    cache: { cacheLocation: "memoryStorage" },
  });
  await pca.initialize();
  vi.spyOn(pca, "getActiveAccount").mockReturnValue(account);
  const spies = {
    loginRedirect: vi.spyOn(pca, "loginRedirect").mockResolvedValue(),
    acquireTokenRedirect: vi.spyOn(pca, "acquireTokenRedirect").mockResolvedValue(),
    logoutRedirect: vi.spyOn(pca, "logoutRedirect").mockResolvedValue(),
  };
  render(
    <MsalProvider instance={pca}>
      <QueryClientProvider client={createQueryClient()}>
        <SessionWatch scopes={SCOPES} demo={false}>
          {errors.map((error) => (
            <Card key={error.code} error={error} />
          ))}
        </SessionWatch>
      </QueryClientProvider>
    </MsalProvider>,
  );
  return spies;
}

describe("when Partner Center refuses the sign-in", () => {
  it("without MFA (401, 900421): says what is wrong and what to do, and offers no sign-in that would loop", async () => {
    const spies = await renderWatch(refusal("900421", "Multi-factor authentication is required."));
    expect(
      await screen.findByRole("heading", { name: "Your sign-in did not use multi-factor authentication" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(
      /accepts only sign-ins made with multi-factor authentication \(MFA\), and refused this one \(alice@contoso\.test\) with error 900421/,
    );
    expect(screen.getByText(/Set up a second factor/)).toBeInTheDocument();
    expect(screen.queryByText(/session has ended/)).toBeNull();
    expect(screen.queryByRole("button", { name: "Sign in" })).toBeNull();
    expect(spies.loginRedirect).not.toHaveBeenCalled();
    expect(spies.acquireTokenRedirect).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    expect(spies.logoutRedirect).toHaveBeenCalledWith({ account, idTokenHint: "id-token" });
  });

  it("expired (401, another code): offers to sign in again", async () => {
    const spies = await renderWatch(refusal("800001", "Partner Token missing in request context."));
    expect(await screen.findByText(/Your session has ended/)).toBeInTheDocument();
    expect(screen.queryByText(/multi-factor/)).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(spies.loginRedirect).toHaveBeenCalledOnce();
  });

  it("both at once: the MFA screen stays, whichever card failed last", async () => {
    await renderWatch(
      refusal("900421", "Multi-factor authentication is required."),
      refusal("800001", "Partner Token missing in request context."),
    );
    expect(
      await screen.findByRole("heading", { name: "Your sign-in did not use multi-factor authentication" }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Your session has ended/)).toBeNull();
  });
});
