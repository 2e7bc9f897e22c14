import type { GroupedQuery } from "../../api/query.ts";
import type { ResourceName } from "../../api/resources.ts";
import type { DayRange, Grain } from "../../lib/date-range.ts";
import type { MeasureKey } from "../../lib/measures.ts";
import { kpiQuery, kpiTrendQuery, type KpiSpec } from "./queries.ts";

/** A KPI of any resource, so the overview can list them together; its query was typed when it was built. */
export interface KpiDef {
  key: MeasureKey;
  label: string;
  href: string;
  page: string;
  resource: ResourceName;
  dateField: string;
  measure: string;
  distinct?: string;
  /** The KPI's grouped query over one period, with the customer markets where the resource has them. */
  query: (
    range: DayRange,
    grain: Grain,
    markets: readonly string[] | undefined,
  ) => GroupedQuery<ResourceName>;
  /** The same by bucket over a trend range in one query (the report's 13 months). */
  trendQuery: (
    range: DayRange,
    grain: Grain,
    markets: readonly string[] | undefined,
  ) => GroupedQuery<ResourceName>;
}

/**
 * The one place a KPI's resource type is erased. A query typed for one resource is not a GroupedQuery of the
 * union of resources to TypeScript (correlated unions, microsoft/TypeScript#30581), though it is sent to that
 * same resource: `resource` travels with it and useGroup/groupedOptions pair them again.
 */
const kpi = <R extends ResourceName>(spec: KpiSpec<R>): KpiDef => ({
  ...spec,
  query: (range, grain, markets) => kpiQuery(spec, range, grain, markets) as GroupedQuery<ResourceName>,
  trendQuery: (range, grain, markets) =>
    kpiTrendQuery(spec, range, grain, markets) as GroupedQuery<ResourceName>,
});

export const OVERVIEW_KPIS: readonly KpiDef[] = [
  kpi({
    key: "new-subscriptions",
    label: "New subscriptions",
    href: "/subscriptions",
    page: "Subscriptions",
    resource: "subscriptions",
    dateField: "creationDate",
    measure: "subscriptionCount",
    marketField: "customerMarket",
  }),
  kpi({
    key: "new-licences",
    label: "Licences on new subscriptions",
    href: "/subscriptions",
    page: "Subscriptions",
    resource: "subscriptions",
    dateField: "creationDate",
    measure: "licenseCount",
    marketField: "customerMarket",
  }),
  kpi({
    key: "deprovisioned",
    label: "Deprovisioned subscriptions",
    href: "/subscriptions",
    page: "Subscriptions",
    resource: "subscriptions",
    dateField: "deprovisionedDate",
    measure: "subscriptionCount",
    marketField: "customerMarket",
  }),
  kpi({
    key: "azure-subscriptions",
    label: "Azure subscriptions with usage",
    href: "/azure-usage",
    page: "Azure usage",
    resource: "usage/azure",
    dateField: "usageDate",
    measure: "quantity",
    distinct: "subscriptionId",
  }),
  kpi({
    key: "referrals-created",
    label: "Referrals received",
    href: "/referrals",
    page: "Referrals",
    resource: "referrals",
    dateField: "createdDate",
    measure: "referralCount",
    marketField: "customerMarket",
  }),
  kpi({
    key: "referrals-won",
    label: "Referrals won",
    href: "/referrals",
    page: "Referrals",
    resource: "referrals",
    dateField: "wonDate",
    measure: "referralCount",
    marketField: "customerMarket",
  }),
  kpi({
    key: "search-views",
    label: "Search result page views",
    href: "/search",
    page: "Search",
    resource: "search",
    dateField: "searchDate",
    measure: "searchResultPageViews",
  }),
  kpi({
    key: "profile-views",
    label: "Profile views",
    href: "/search",
    page: "Search",
    resource: "search",
    dateField: "searchDate",
    measure: "profileViews",
  }),
  kpi({
    key: "new-resellers",
    label: "New indirect resellers",
    href: "/resellers",
    page: "Indirect resellers",
    resource: "indirectresellers",
    dateField: "firstSubscriptionCreationDate",
    measure: "indirectResellerCount",
    marketField: "market",
  }),
];
