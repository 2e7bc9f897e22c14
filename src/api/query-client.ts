import { QueryClient } from "@tanstack/react-query";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Partner Center analytics are refreshed about once a day; refetching more often only costs quota.
        staleTime: 5 * 60_000,
        // Long enough to make going back to a page instant, short enough not to hoard large row sets.
        gcTime: 10 * 60_000,
        // The API client already retries what is worth retrying (429, 5xx, network, timeout) and refreshes the
        // token on a 401; a second layer here would multiply attempts and retry errors that are final.
        retry: false,
        refetchOnWindowFocus: false,
        // Offline, React Query would pause the query and leave the previous range's numbers on screen with no
        // error; letting the fetch run gives the client's network-error path: retries, then an error with Retry.
        networkMode: "always",
        // structuralSharing is switched off per query in queries.ts (row data only), not globally.
      },
    },
  });
}
