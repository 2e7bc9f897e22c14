import { lazy, Suspense, type ComponentType } from "react";
import { Route, Switch, useLocation } from "wouter";
import { PageBoundary } from "../components/page-boundary.tsx";
import { Skeleton } from "../components/states.tsx";
import type { PrefetchContext } from "../lib/page-prefetch.ts";

interface PageModule<P> {
  Component: ComponentType<P>;
  /** Starts the page's queries for the URL it is opened on, before its first render. */
  prefetch?: (context: PrefetchContext) => void;
}

const opening: Promise<PageModule<never>>[] = [];

/**
 * Resolves once the page the document was opened on has its code (or failed to get it; see `page`), having
 * started that page's queries when given a context (a signed-in user) and the page can.
 */
export async function openingPageReady(context?: PrefetchContext): Promise<void> {
  for (const settled of await Promise.allSettled(opening))
    if (settled.status === "fulfilled" && context) settled.value.prefetch?.(context);
}

/**
 * A route's page as its own chunk. The page the document was opened on starts loading at once, while the
 * configuration and MSAL start, and renders without suspending once loaded (main.tsx waits for it): a lazy
 * component that suspends shows its fallback, and React then holds the revealed page back for up to 300 ms
 * (its Suspense reveal throttle), which kept the first page's queries waiting that long.
 */
function page<P extends object>(path: string, load: () => Promise<PageModule<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let started: Promise<PageModule<P>> | null = null;
  if (typeof location !== "undefined" && location.pathname === path) {
    started = load().then((module) => ((loaded = module.Component), module));
    // A failure is the lazy component's to report (PageBoundary), when it renders.
    opening.push(started as Promise<PageModule<never>>);
  }
  const Lazy = lazy(async () => ({ default: (await (started ?? load())).Component }));
  return function Page(props: P) {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  };
}

// Each page is its own chunk (and its charts a further one), so the first page loads only what it draws.
const OverviewPage = page("/", () =>
  import("../features/overview/overview-page.tsx").then((m) => ({
    Component: m.OverviewPage,
    prefetch: m.prefetchOverview,
  })),
);
const SubscriptionsPage = page("/subscriptions", () =>
  import("../features/subscriptions/subscriptions-page.tsx").then((m) => ({
    Component: m.SubscriptionsPage,
    prefetch: m.prefetchSubscriptions,
  })),
);
const AzureUsagePage = page("/azure-usage", () =>
  import("../features/azure-usage/azure-usage-page.tsx").then((m) => ({ Component: m.AzureUsagePage })),
);
const ReferralsPage = page("/referrals", () =>
  import("../features/referrals/referrals-page.tsx").then((m) => ({ Component: m.ReferralsPage })),
);
const SearchPage = page("/search", () =>
  import("../features/search/search-page.tsx").then((m) => ({ Component: m.SearchPage })),
);
const ResellersPage = page("/resellers", () =>
  import("../features/resellers/resellers-page.tsx").then((m) => ({ Component: m.ResellersPage })),
);
const ReportRoute = page("/report", () =>
  import("./report-route.tsx").then((m) => ({ Component: m.ReportRoute })),
);

interface AppRoutesProps {
  referrals: boolean;
  partnerName: string;
  /** The tenant of a report run's sign-in (runtime config); otherwise the cover reads the signed-in account's. */
  reportTenant?: string;
}

export function AppRoutes({ referrals, partnerName, reportTenant }: AppRoutesProps) {
  const [location] = useLocation();
  return (
    <PageBoundary resetKey={location}>
      <Suspense fallback={<Skeleton height={480} label="Loading page" />}>
        <Switch>
          <Route path="/" component={OverviewPage} />
          <Route path="/subscriptions" component={SubscriptionsPage} />
          <Route path="/azure-usage" component={AzureUsagePage} />
          <Route path="/referrals">{referrals ? <ReferralsPage /> : <ReferralsUnavailable />}</Route>
          <Route path="/search" component={SearchPage} />
          <Route path="/resellers" component={ResellersPage} />
          <Route path="/report">
            <ReportRoute partnerName={partnerName} referrals={referrals} tenant={reportTenant} />
          </Route>
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </Suspense>
    </PageBoundary>
  );
}

function ReferralsUnavailable() {
  return (
    <section className="max-w-2xl space-y-2">
      <h1 className="text-2xl font-bold">Referrals</h1>
      <p>
        Referral analytics are not offered by Partner Center operated by 21Vianet: Microsoft publishes this
        resource only for the global cloud and Microsoft Cloud for US Government, so this dashboard hides the
        page here.
      </p>
    </section>
  );
}

function NotFound() {
  return (
    <section className="space-y-2">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>
        This address is not a page of the dashboard.{" "}
        <a href="/" className="text-blue-700 underline dark:text-blue-300">
          Go to the overview
        </a>
        .
      </p>
    </section>
  );
}
