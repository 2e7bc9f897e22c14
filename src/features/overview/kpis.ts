import type { GroupField, Measure, ResourceName } from "../../api/resources.ts";
import type { MeasureKey } from "../../lib/measures.ts";

/**
 * One headline number per row: a measure summed over the records whose `dateField` falls in the range,
 * bucketed by the same field for the trend line. `count` measures count records; `sum` measures add up.
 */
export interface KpiDef<R extends ResourceName = ResourceName> {
  /** Also says which way is good (src/lib/measures.ts). */
  key: MeasureKey;
  label: string;
  href: string;
  /** The page the KPI links to, for the link text. */
  page: string;
  resource: R;
  dateField: GroupField<R>;
  measure: Measure<R>;
  /** The API field holding the customer market on this resource, when it has one. */
  marketField?: GroupField<R>;
  /** Counts distinct values of this field (the number of groups) instead of summing the measure over time. */
  distinct?: GroupField<R>;
}

const kpi = <R extends ResourceName>(def: KpiDef<R>): KpiDef => def as unknown as KpiDef;

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
