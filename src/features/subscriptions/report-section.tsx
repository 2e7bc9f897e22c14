import { useQueries } from "@tanstack/react-query";
import { useApi } from "../../api/api-context.tsx";
import {
  Answered,
  changeText,
  ReportBlock,
  ReportChart,
  ReportTable,
} from "../../components/report-parts.tsx";
import { formatMonth, formatShare } from "../../lib/format.ts";
import {
  bucketTotals,
  measureOf,
  periodTotals,
  rowsOf,
  totalsBy,
  type GroupRow,
} from "../../lib/grouped-series.ts";
import type { ChangeSource, ReportMonth, ReportSection } from "../../lib/report-section.ts";
import { bucketStarts } from "../../lib/time-buckets.ts";
import { trialFigures } from "./lib/trials.ts";
import {
  convertedTrialsQuery,
  createdByStatusQuery,
  deprovisionedQuery,
  inServiceQuery,
  trialConversionsQuery,
  trialStartsQuery,
} from "./queries.ts";
import { byProductQuery, renewalsOffQuery } from "./report-queries.ts";

const RENEWAL_ROWS = 12;
const total = (rows: readonly GroupRow[], measure: string) =>
  rows.reduce((s, r) => s + measureOf(r, measure), 0);

const changes: ChangeSource = {
  first: (m, q) => [
    q.subscriptions.grouped(byProductQuery(m.view, m.range, "creationDate")),
    q.subscriptions.grouped(byProductQuery(m.view, m.previous, "creationDate")),
    q.subscriptions.grouped(byProductQuery(m.view, m.range, "deprovisionedDate")),
    q.subscriptions.grouped(byProductQuery(m.view, m.previous, "deprovisionedDate")),
  ],
  changes: ([created = [], createdBefore = [], gone = [], goneBefore = []]) => [
    {
      key: "new-subscriptions",
      measure: "New subscriptions",
      current: total(created, "subscriptionCount"),
      previous: total(createdBefore, "subscriptionCount"),
      partKind: "product",
      parts: periodTotals(created, createdBefore, "productName", "subscriptionCount"),
    },
    {
      key: "new-licences",
      measure: "Licences on new subscriptions",
      current: total(created, "licenseCount"),
      previous: total(createdBefore, "licenseCount"),
      partKind: "product",
      parts: periodTotals(created, createdBefore, "productName", "licenseCount"),
    },
    {
      key: "deprovisioned",
      measure: "Deprovisioned subscriptions",
      current: total(gone, "subscriptionCount"),
      previous: total(goneBefore, "subscriptionCount"),
      partKind: "product",
      parts: periodTotals(gone, goneBefore, "productName", "subscriptionCount"),
    },
  ],
};

function SubscriptionsBody({ month }: { month: ReportMonth }) {
  const { queries } = useApi();
  const { view, trend, range, previous, next } = month;
  const results = useQueries({
    queries: [
      queries.subscriptions.grouped(createdByStatusQuery(view, trend, "month")),
      queries.subscriptions.grouped(deprovisionedQuery(view, trend, "month")),
      queries.subscriptions.grouped(inServiceQuery(view, range, "subscriptionType")),
      queries.subscriptions.grouped(inServiceQuery(view, previous, "subscriptionType")),
      queries.subscriptions.grouped(renewalsOffQuery(view, next)),
      queries.subscriptions.grouped(trialStartsQuery(view, trend, "month")),
      queries.subscriptions.grouped(trialConversionsQuery(view, trend, "month")),
      queries.subscriptions.grouped(convertedTrialsQuery(view, trend, "month")),
    ],
  });
  const buckets = bucketStarts(trend, "month");
  return (
    <Answered results={results} label="the subscriptions section" height={480}>
      {() => {
        const [created, deprovisioned, inService, inServiceBefore, renewals, starts, conversions, converted] =
          results.map((r) => rowsOf(r.data));
        const added = bucketTotals(created!, "creationDate", "subscriptionCount", buckets, "month");
        const gone = bucketTotals(deprovisioned!, "deprovisionedDate", "subscriptionCount", buckets, "month");
        const trials = trialFigures(starts!, conversions!, converted!, buckets, "month");
        const monthStarts = trials.starts.values.at(-1) ?? 0;
        const monthConverted =
          bucketTotals(converted!, "trialStartDate", "subscriptionCount", buckets, "month").at(-1) ?? 0;
        const before = new Map(
          totalsBy(inServiceBefore!, "subscriptionType", "subscriptionCount").map((t) => [t.key, t.value]),
        );
        const licences = new Map(
          totalsBy(inService!, "subscriptionType", "licenseCount").map((t) => [t.key, t.value]),
        );
        // Most subscriptions first, then by name: the same list on every run.
        const byCustomer = totalsBy(renewals!, "customerName", "subscriptionCount").sort(
          (a, b) => b.value - a.value || (a.key < b.key ? -1 : 1),
        );
        const renewalLicences = new Map(
          totalsBy(renewals!, "customerName", "licenseCount").map((t) => [t.key, t.value]),
        );
        const shown = byCustomer.slice(0, RENEWAL_ROWS);
        const rest = byCustomer.slice(RENEWAL_ROWS);
        return (
          <>
            <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2 print:grid-cols-2">
              <ReportChart
                title="Net adds by month: new minus deprovisioned subscriptions"
                buckets={buckets}
                kind="line"
                series={[
                  { key: "new", label: "New", values: added },
                  { key: "deprovisioned", label: "Deprovisioned", values: gone },
                  { key: "net", label: "Net adds", values: added.map((a, i) => a - gone[i]!) },
                ]}
              />
              <ReportChart
                title="Trials started and converted to paid, by month"
                buckets={buckets}
                kind="line"
                series={[trials.starts, trials.conversions]}
              />
            </div>
            <p className="mt-1 text-xs text-slate-700" data-testid="trial-cohort">
              Of the {monthStarts} trials started in {formatMonth(range.from)}, {monthConverted} have
              converted to paid so far{monthStarts ? ` (${formatShare(monthConverted / monthStarts)})` : ""}.
            </p>
            <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2 print:grid-cols-2">
              <ReportBlock
                title={`In service on ${range.to}, by type`}
                note={`Change against ${previous.to}`}
              >
                <ReportTable
                  caption="Subscriptions in service by type"
                  columns={["Type", "Subscriptions", "Licences", "Change"]}
                  rows={totalsBy(inService!, "subscriptionType", "subscriptionCount").map((t) => [
                    t.key,
                    t.value,
                    licences.get(t.key) ?? 0,
                    changeText(t.value, before.get(t.key) ?? 0),
                  ])}
                  empty="No subscriptions were in service."
                />
              </ReportBlock>
              <ReportBlock
                title={`Renewals due in ${formatMonth(next.from)} with auto-renew off`}
                note="By customer: the conversations to have before the commitments end"
              >
                <ReportTable
                  caption="Renewals due with auto-renew off, by customer"
                  testId="renewals-off"
                  columns={["Customer", "Subscriptions", "Licences"]}
                  rows={shown.map((t) => [t.key, t.value, renewalLicences.get(t.key) ?? 0])}
                  empty={`No subscription with auto-renew off is due in ${formatMonth(next.from)}.`}
                  footnote={
                    rest.length
                      ? `And ${rest.length} more customers with ${rest.reduce((s, t) => s + t.value, 0)} subscriptions.`
                      : undefined
                  }
                />
              </ReportBlock>
            </div>
          </>
        );
      }}
    </Answered>
  );
}

export const subscriptionsReportSection: ReportSection = {
  id: "subscriptions",
  title: "Subscriptions",
  Body: SubscriptionsBody,
  changes,
};
