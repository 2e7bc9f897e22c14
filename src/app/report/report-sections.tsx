import type { ReactNode } from "react";
import { filterFor } from "../../api/filter.ts";
import { dateRangeFilter, viewFilter } from "../../lib/api-filters.ts";
import type { DayRange } from "../../lib/date-range.ts";
import { ReportTable } from "./report-table.tsx";
import { ReportTrend } from "./report-trend.tsx";

interface SectionsProps {
  range: DayRange;
  markets: string[];
  referrals: boolean;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-8 break-before-page" aria-label={title}>
      <h2 className="border-b-2 border-slate-800 pb-1 text-xl font-bold">{title}</h2>
      {children}
    </section>
  );
}

const market = (param: string) => [{ param, label: "Market", kind: "list" as const }];

/** One section per resource: its key numbers for the month as top-N tables. */
export function ReportSections({ range, markets, referrals }: SectionsProps) {
  const byMarket = (param: string) => (markets.length ? { [param]: markets } : {});
  const subs = filterFor("subscriptions");
  const newSubs = viewFilter(
    "subscriptions",
    market("customerMarket"),
    byMarket("customerMarket"),
    dateRangeFilter("subscriptions", "creationDate", range),
  );
  const active = viewFilter(
    "subscriptions",
    market("customerMarket"),
    byMarket("customerMarket"),
    subs.eq("status", "ACTIVE"),
  );
  const usage = dateRangeFilter("usage/azure", "usageDate", range);
  const referralsCreated = viewFilter(
    "referrals",
    market("customerMarket"),
    byMarket("customerMarket"),
    dateRangeFilter("referrals", "createdDate", range),
  );
  const searches = dateRangeFilter("search", "searchDate", range);
  const resellers = viewFilter(
    "indirectresellers",
    market("market"),
    byMarket("market"),
    dateRangeFilter("indirectresellers", "firstSubscriptionCreationDate", range),
  );
  return (
    <>
      <Section title="Subscriptions">
        <ReportTrend range={range} markets={markets} />
        <ReportTable
          title="All subscriptions by current status"
          resource="subscriptions"
          query={{
            groupby: ["status"],
            ...(active && markets.length
              ? { filter: viewFilter("subscriptions", market("customerMarket"), byMarket("customerMarket")) }
              : {}),
          }}
          columns={["Status", "Licences", "Subscriptions"]}
          row={(g) => [g.status ?? null, g.licenseCount ?? 0, g.subscriptionCount ?? 0]}
          empty="No subscriptions."
        />
        <ReportTable
          title="New subscriptions this month by type"
          resource="subscriptions"
          query={{ groupby: ["subscriptionType"], filter: newSubs }}
          columns={["Type", "Licences", "Subscriptions"]}
          row={(g) => [g.subscriptionType ?? null, g.licenseCount ?? 0, g.subscriptionCount ?? 0]}
          empty="No subscriptions were created this month."
        />
        <ReportTable
          title="Top 10 products on active subscriptions, by licences"
          resource="subscriptions"
          query={{ groupby: ["productName"], filter: active }}
          columns={["Product", "Subscriptions", "Licences"]}
          row={(g) => [g.productName ?? null, g.subscriptionCount ?? 0, g.licenseCount ?? 0]}
          limit={10}
          empty="No active subscriptions."
        />
      </Section>
      <Section title="Azure usage">
        <p className="mt-2 text-sm text-slate-700">
          Quantities are per meter unit; different units are never added together.
        </p>
        <ReportTable
          title="Usage by meter category and unit"
          resource="usage/azure"
          query={{ groupby: ["meterCategory", "meterUnit"], filter: usage }}
          columns={["Meter category", "Unit", "Quantity"]}
          row={(g) => [g.meterCategory ?? null, g.meterUnit ?? null, g.quantity ?? 0]}
          empty="No Azure usage was recorded this month."
        />
        <ReportTable
          title="Top 10 customers by compute hours (meter unit 1 Hour)"
          resource="usage/azure"
          query={{
            groupby: ["customerName"],
            filter: filterFor("usage/azure").and(usage, filterFor("usage/azure").eq("meterUnit", "1 Hour")),
          }}
          columns={["Customer", "Hours"]}
          row={(g) => [g.customerName ?? null, g.quantity ?? 0]}
          limit={10}
          empty="No compute hours were recorded this month."
        />
      </Section>
      {referrals && (
        <Section title="Referrals">
          <ReportTable
            title="Referrals received this month, by current status"
            resource="referrals"
            query={{ groupby: ["status"], filter: referralsCreated }}
            columns={["Status", "Referrals"]}
            row={(g) => [g.status ?? null, g.referralCount ?? 0]}
            empty="No referrals were received this month."
          />
          <ReportTable
            title="Referrals received by customer market"
            resource="referrals"
            query={{ groupby: ["customerMarket"], filter: referralsCreated }}
            columns={["Market", "Referrals"]}
            row={(g) => [g.customerMarket ?? null, g.referralCount ?? 0]}
            limit={10}
            empty="No referrals were received this month."
          />
        </Section>
      )}
      <Section title="Marketplace search">
        <ReportTable
          title="Search engagement this month"
          resource="search"
          query={{ groupby: ["partnerMarket"], filter: searches }}
          columns={["Partner market", "Profile views", "Contact clicks", "Referrals", "Result page views"]}
          row={(g) => [
            g.partnerMarket ?? null,
            g.profileViews ?? 0,
            g.contactClicks ?? 0,
            g.referralCount ?? 0,
            g.searchResultPageViews ?? 0,
          ]}
          empty="No search activity this month."
        />
        <ReportTable
          title="Top 10 keywords by search result page views"
          resource="search"
          query={{ groupby: ["keywordSearchText"], filter: searches }}
          columns={["Keyword", "Result page views"]}
          row={(g) => [g.keywordSearchText ?? null, g.searchResultPageViews ?? 0]}
          limit={10}
          empty="No search activity this month."
        />
      </Section>
      <Section title="Indirect resellers">
        <ReportTable
          title="New indirect resellers this month by market"
          resource="indirectresellers"
          query={{ groupby: ["market"], filter: resellers }}
          columns={["Market", "Subscriptions", "Resellers"]}
          row={(g) => [g.market ?? null, g.subscriptionCount ?? 0, g.indirectResellerCount ?? 0]}
          empty="No new indirect resellers this month."
        />
        <ReportTable
          title="Top 10 indirect resellers by subscriptions"
          resource="indirectresellers"
          query={{
            groupby: ["name"],
            ...(markets.length
              ? { filter: viewFilter("indirectresellers", market("market"), byMarket("market")) }
              : {}),
          }}
          columns={["Reseller", "Licences", "Subscriptions"]}
          row={(g) => [g.name ?? null, g.licenseCount ?? 0, g.subscriptionCount ?? 0]}
          limit={10}
          empty="No indirect resellers."
        />
      </Section>
    </>
  );
}
