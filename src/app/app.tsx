import type { PublicClientApplication } from "@azure/msal-browser";
import { MsalProvider } from "@azure/msal-react";
import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
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

interface AppProps {
  config: RuntimeConfig;
  pca: PublicClientApplication;
  /** Made before the first render (main.tsx), so the first token is on its way while the page's code loads. */
  getToken: GetToken;
}

export function App({ config, pca, getToken }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  const [api] = useState(() => {
    const client = createPartnerCenterClient({
      baseUrl: config.apiBasePath,
      getToken,
      locale: navigator.language,
    });
    const waits = createWaitBoard();
    return { client, queries: analyticsQueries(client, waits), waits };
  });
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
        <AuthGate scopes={config.auth.scopes} demo={config.demo}>
          {app}
        </AuthGate>
      )}
    </MsalProvider>
  );
}
