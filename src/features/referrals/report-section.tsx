import { useQueries } from "@tanstack/react-query";
import { useApi } from "../../api/api-context.tsx";
import type { GroupedRow } from "../../api/resources.ts";
import { Funnel } from "../../components/funnel.tsx";
import { Answered, ReportBlock, ReportTable } from "../../components/report-parts.tsx";
import { formatBucket, formatMonth, formatShare } from "../../lib/format.ts";
import { keyOf, measureOf, type GroupRow } from "../../lib/grouped-series.ts";
import type { ChangeSource, ReportMonth, ReportSection } from "../../lib/report-section.ts";
import { delayStats } from "./lib/durations.ts";
import { referralFunnel } from "./lib/funnel.ts";
import { breakdownQuery, durationQuery, funnelQuery } from "./queries.ts";

type Rows = readonly GroupedRow<"referrals">[];
const rowsOf = (data: { rows: Rows } | undefined): Rows => data?.rows ?? [];

const byMarket = (rows: readonly GroupRow[]) => {
  const totals = new Map<string, number>();
  for (const row of rows)
    totals.set(
      keyOf(row.customerMarket),
      (totals.get(keyOf(row.customerMarket)) ?? 0) + measureOf(row, "referralCount"),
    );
  return totals;
};

const changes: ChangeSource = {
  first: (m, q) => [
    q.referrals.grouped(breakdownQuery(m.view, m.range, "customerMarket")),
    q.referrals.grouped(breakdownQuery(m.view, m.previous, "customerMarket")),
  ],
  changes: ([current = [], previous = []]) => {
    const now = byMarket(current);
    const before = byMarket(previous);
    const sum = (totals: Map<string, number>) => [...totals.values()].reduce((a, b) => a + b, 0);
    return [
      {
        key: "referrals-created",
        measure: "Referrals received",
        current: sum(now),
        previous: sum(before),
        partKind: "customer market",
        parts: [...new Set([...now.keys(), ...before.keys()])].map((name) => ({
          name,
          current: now.get(name) ?? 0,
          previous: before.get(name) ?? 0,
        })),
      },
    ];
  },
};

const share = (value: number, of: number | null) =>
  of === null ? "" : of > 0 ? formatShare(value / of) : "—";
const days = (n: number | undefined) => (n === undefined ? "—" : n === 1 ? "1 day" : `${n} days`);

function ReferralsBody({ month }: { month: ReportMonth }) {
  const { queries } = useApi();
  const results = useQueries({
    queries: [
      queries.referrals.grouped(funnelQuery(month.view, month.range)),
      queries.referrals.grouped(funnelQuery(month.view, month.previous)),
      queries.referrals.grouped(durationQuery(month.view, month.range)),
      queries.referrals.grouped(durationQuery(month.view, month.previous)),
    ],
  });
  const name = formatMonth(month.range.from);
  const before = formatMonth(month.previous.from);
  const short = formatBucket(month.range.from, "month");
  const shortBefore = formatBucket(month.previous.from, "month");
  return (
    <Answered results={results} label="the referrals section" height={220}>
      {() => {
        const [funnel, funnelBefore, delays, delaysBefore] = results.map((r) => rowsOf(r.data));
        const steps = referralFunnel(funnel!);
        const stepsBefore = referralFunnel(funnelBefore!);
        const stats = (rows: Rows) => ({
          accept: delayStats(rows, "acceptedDate"),
          win: delayStats(rows, "wonDate"),
        });
        const now = stats(delays!);
        const then = stats(delaysBefore!);
        return (
          <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-[2fr_3fr] print:grid-cols-[2fr_3fr]">
            <ReportBlock title={`Referrals received in ${name}, by the furthest step reached`}>
              <div data-report-chart="Referral funnel">
                <Funnel steps={steps.map(({ exits: _exits, ...step }) => step)} />
              </div>
            </ReportBlock>
            <ReportBlock title={`Against ${before}`} note="Conversion is from the step before">
              <ReportTable
                caption="Referral funnel against the previous month"
                testId="referral-funnel"
                columns={["Step", short, "Conv.", shortBefore, "Conv."]}
                rows={steps.map((step, i) => [
                  step.label,
                  step.value,
                  share(step.value, i ? steps[i - 1]!.value : null),
                  stepsBefore[i]!.value,
                  share(stepsBefore[i]!.value, i ? stepsBefore[i - 1]!.value : null),
                ])}
                empty="No referrals."
              />
              <ReportTable
                caption="Median days to accept and to win"
                columns={["Median", short, shortBefore]}
                rows={[
                  ["Days to accept", days(now.accept?.median), days(then.accept?.median)],
                  ["Days to win", days(now.win?.median), days(then.win?.median)],
                ]}
                empty=""
              />
            </ReportBlock>
          </div>
        );
      }}
    </Answered>
  );
}

export const referralsReportSection: ReportSection = {
  id: "referrals",
  title: "Referrals",
  Body: ReferralsBody,
  changes,
};
