import { createContext, useContext, type ReactNode } from "react";
import type { PartnerCenterClient } from "./client.ts";
import type { AnalyticsQueries } from "./queries.ts";
import type { WaitBoard } from "./waits.ts";

interface Api {
  client: PartnerCenterClient;
  queries: AnalyticsQueries;
  /** What the queries are waiting for (see waits.ts). */
  waits: WaitBoard;
}

const ApiContext = createContext<Api | null>(null);

/** The signed-in user's Partner Center client and its query factories, for every feature below. */
export function ApiProvider({ value, children }: { value: Api; children: ReactNode }) {
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error("useApi needs an <ApiProvider> above it");
  return api;
}

/** The wait board, or null outside an ApiProvider (a skeleton drawn on its own has nothing to wait for). */
export function useWaitBoard(): WaitBoard | null {
  return useContext(ApiContext)?.waits ?? null;
}
