import { lazy, Suspense } from "react";
import { Route, Switch, useLocation } from "wouter";
import { PageBoundary } from "../components/page-boundary.tsx";
import { Skeleton } from "../components/states.tsx";

/**
 * The page the document was opened on starts loading at once, while the configuration and MSAL start, instead of
 * after sign-in is confirmed and the routes render: its chunk then no longer waits at the end of the chain.
 */
function early<T>(path: string, load: () => Promise<T>): () => Promise<T> {
  if (typeof location === "undefined" || location.pathname !== path) return load;
  const started = load();
  // A failure is the lazy component's to report (PageBoundary), when it renders.
  started.catch(() => undefined);
  return () => started;
}

// Each page is its own chunk (and its charts a further one), so the first page loads only what it draws.
const OverviewPage = lazy(
  early("/", () =>
    import("../features/overview/overview-page.tsx").then((m) => ({ default: m.OverviewPage })),
  ),
);
const SubscriptionsPage = lazy(
  early("/subscriptions", () =>
    import("../features/subscriptions/subscriptions-page.tsx").then((m) => ({
      default: m.SubscriptionsPage,
    })),
  ),
);
const AzureUsagePage = lazy(
  early("/azure-usage", () =>
    import("../features/azure-usage/azure-usage-page.tsx").then((m) => ({ default: m.AzureUsagePage })),
  ),
);
const ReferralsPage = lazy(
  early("/referrals", () =>
    import("../features/referrals/referrals-page.tsx").then((m) => ({ default: m.ReferralsPage })),
  ),
);
const SearchPage = lazy(
  early("/search", () =>
    import("../features/search/search-page.tsx").then((m) => ({ default: m.SearchPage })),
  ),
);
const ResellersPage = lazy(
  early("/resellers", () =>
    import("../features/resellers/resellers-page.tsx").then((m) => ({ default: m.ResellersPage })),
  ),
);
const ReportRoute = lazy(
  early("/report", () => import("./report-route.tsx").then((m) => ({ default: m.ReportRoute }))),
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
