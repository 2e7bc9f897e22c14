import { useQueries } from "@tanstack/react-query";
import { useApi } from "../../api/api-context.tsx";
import {
  Answered,
  changeText,
  ReportBlock,
  ReportChart,
  ReportTable,
} from "../../components/report-parts.tsx";
import { formatMonth, formatSigned } from "../../lib/format.ts";
import { bucketTotals, keyOf, measureOf, type GroupRow, rowsOf } from "../../lib/grouped-series.ts";
import type { ReportMonth, ReportSection } from "../../lib/report-section.ts";
import { bucketStarts } from "../../lib/time-buckets.ts";
import { firstPageOptions, newResellersQuery, TOP, topResellersQuery } from "./queries.ts";
import { resellerActivityQuery } from "./report-queries.ts";

/** Subscriptions per reseller from (partnerName, providerName) groups, direct sales (the two equal) left out. */
export function perReseller(rows: readonly GroupRow[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (keyOf(row.partnerName) === keyOf(row.providerName)) continue;
    const name = keyOf(row.partnerName);
    totals.set(name, (totals.get(name) ?? 0) + measureOf(row, "subscriptionCount"));
  }
  return totals;
}

function ResellersBody({ month }: { month: ReportMonth }) {
  const { client, queries } = useApi();
  const { view, trend, range, previous } = month;
  const results = useQueries({
    queries: [
      queries.indirectresellers.grouped(newResellersQuery(view, trend, "month")),
      queries.subscriptions.grouped(resellerActivityQuery(view, range, "creationDate")),
      queries.subscriptions.grouped(resellerActivityQuery(view, previous, "creationDate")),
      queries.subscriptions.grouped(resellerActivityQuery(view, range, "deprovisionedDate")),
      firstPageOptions(client, queries, topResellersQuery(view, "subscriptionCount")),
    ],
  });
  const name = formatMonth(range.from);
  const before = formatMonth(previous.from);
  const buckets = bucketStarts(trend, "month");
  return (
    <Answered results={results} label="the indirect resellers section" height={240}>
      {() => {
        const [joined, sold, soldBefore, lost, top] = results.map((r) =>
          rowsOf(r.data as { rows: GroupRow[] }),
        );
        const newPerMonth = bucketTotals(
          joined!,
          "firstSubscriptionCreationDate",
          "indirectResellerCount",
          buckets,
          "month",
        );
        const selling = perReseller(sold!);
        const sellingBefore = perReseller(soldBefore!);
        const leaving = perReseller(lost!);
        return (
          <>
            <p className="mt-1 text-sm" data-testid="reseller-figures">
              New resellers (first subscription) in {name}: <strong>{newPerMonth.at(-1) ?? 0}</strong> (
              {changeText(newPerMonth.at(-1) ?? 0, newPerMonth.at(-2) ?? 0)} against {before}). Transacting
              resellers (sold at least one subscription): <strong>{selling.size}</strong> (
              {changeText(selling.size, sellingBefore.size)}).
            </p>
            <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2 print:grid-cols-2">
              <ReportChart
                title="New indirect resellers by month"
                buckets={buckets}
                kind="stacked-bar"
                series={[{ key: "new-resellers", label: "New resellers", values: newPerMonth }]}
              />
              <ReportBlock
                title={`Top ${TOP} resellers by subscriptions`}
                note={`Subscriptions today; change: sold minus deprovisioned in ${name}`}
              >
                <ReportTable
                  caption="Top resellers by subscriptions"
                  testId="top-resellers"
                  columns={["Reseller", "Subscriptions", "Change"]}
                  rows={top!.map((row) => {
                    const reseller = keyOf(row.name);
                    return [
                      reseller,
                      measureOf(row, "subscriptionCount"),
                      formatSigned((selling.get(reseller) ?? 0) - (leaving.get(reseller) ?? 0)),
                    ];
                  })}
                  empty="No indirect resellers."
                />
              </ReportBlock>
            </div>
          </>
        );
      }}
    </Answered>
  );
}

export const resellersReportSection: ReportSection = {
  id: "resellers",
  title: "Indirect resellers",
  Body: ResellersBody,
};
