import type { PublicClientApplication } from "@azure/msal-browser";
import { MsalProvider } from "@azure/msal-react";
import { QueryClientProvider } from "@tanstack/react-query";
import { ApiProvider } from "../api/api-context.tsx";
import { createWaitBoard } from "../api/waits.ts";
import { createPartnerCenterClient } from "../api/client.ts";
import { analyticsQueries } from "../api/queries.ts";
import { createQueryClient } from "../api/query-client.ts";
import { AuthGate } from "../auth/auth-gate.tsx";
import type { GetToken } from "../api/request.ts";
import type { RuntimeConfig } from "../lib/runtime-config.ts";
import { TodayProvider } from "../lib/today.tsx";
import { Layout } from "./layout.tsx";
import { AppRoutes } from "./routes.tsx";
import { SessionWatch } from "./session-watch.tsx";

/**
 * The query cache and the API client of the session. Made before the first render (main.tsx) with a token
 * provider that is already fetching the first token, so the opening page's queries can start while React renders.
 */
export function createAppData(config: RuntimeConfig, getToken: GetToken) {
  const client = createPartnerCenterClient({
    baseUrl: config.apiBasePath,
    getToken,
    locale: navigator.language,
  });
  const waits = createWaitBoard();
  return {
    queryClient: createQueryClient(),
    api: { client, queries: analyticsQueries(client, waits), waits },
  };
}

interface AppProps {
  config: RuntimeConfig;
  pca: PublicClientApplication;
  data: ReturnType<typeof createAppData>;
  /** An account was in MSAL's cache when it was initialised (main.tsx): the page renders at once. */
  signedIn: boolean;
}

export function App({ config, pca, data: { queryClient, api }, signedIn }: AppProps) {
  const app = (
    <QueryClientProvider client={queryClient}>
      <ApiProvider value={api}>
        <SessionWatch scopes={config.auth.scopes} demo={config.demo}>
          <TodayProvider day={config.today}>
            <Layout demo={config.demo} referrals={config.features.referrals}>
              <AppRoutes
                referrals={config.features.referrals}
                partnerName={config.partnerName}
                reportTenant={config.reportTenant}
              />
            </Layout>
          </TodayProvider>
        </SessionWatch>
      </ApiProvider>
    </QueryClientProvider>
  );
  return (
    <MsalProvider instance={pca}>
      {config.reportRun ? (
        app
      ) : (
        <AuthGate scopes={config.auth.scopes} demo={config.demo} startedSignedIn={signedIn}>
          {app}
        </AuthGate>
      )}
    </MsalProvider>
  );
}
