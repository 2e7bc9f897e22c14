import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, createAppData } from "./app/app.tsx";
import { openingPageReady } from "./app/routes.tsx";
import { StartupError } from "./app/startup-error.tsx";
import "./app/styles.css";
import { applyTheme, followSystemTheme, readThemeChoice } from "./app/theme.ts";
import { createMsalInstance, restoreActiveAccount } from "./auth/msal-instance.ts";
import { createTokenProvider, relayHeldToken } from "./auth/token-provider.ts";
import { loadRuntimeConfig } from "./lib/runtime-config.ts";
import { todayOr } from "./lib/today.tsx";

applyTheme(readThemeChoice());
followSystemTheme();
const root = createRoot(document.getElementById("root")!);

try {
  const config = await loadRuntimeConfig();
  // Marks for the benchmark's split of the first load (bench/cold-load.ts); a mark costs nothing.
  performance.mark("app:config");
  const pca = createMsalInstance(config);
  await pca.initialize();
  restoreActiveAccount(pca);
  performance.mark("app:msal");
  // `warm`: the first token (and the authority's metadata it needs) is fetched while the page's code loads.
  const getToken = config.reportRun
    ? relayHeldToken
    : createTokenProvider(pca, config.auth.scopes, { warm: true });
  const data = createAppData(config, getToken);
  // The page's code was asked for when the routes module loaded, alongside the two steps above (usually here
  // already). A signed-in user's page then starts its queries before its first render; signed out, AuthGate
  // shows the sign-in and nothing is asked for.
  const signedIn = config.reportRun || pca.getActiveAccount() !== null;
  await openingPageReady(
    signedIn
      ? {
          queryClient: data.queryClient,
          queries: data.api.queries,
          search: location.search.slice(1),
          today: todayOr(config.today),
        }
      : undefined,
  );
  root.render(
    <StrictMode>
      <App config={config} pca={pca} data={data} signedIn={signedIn} />
    </StrictMode>,
  );
} catch (error) {
  root.render(<StartupError error={error} />);
}
