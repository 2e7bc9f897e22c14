import { useMsal } from "@azure/msal-react";
import { useSearch } from "wouter";
import { ParamsNotice } from "../../components/params-notice.tsx";
import { useToday } from "../../lib/today.tsx";
import { formatDateTime, formatMonth } from "../../lib/format.ts";
import { ExecutiveSummary } from "./executive-summary.tsx";
import { usePrintStyle } from "./print-style.ts";
import { monthRange, parseReportParams, shiftMonth } from "./report-params.ts";
import { ReportSections } from "./report-sections.tsx";

interface ReportPageProps {
  partnerName: string;
  referrals: boolean;
}

/** The monthly business review report: print-first, readable on screen, one fixed paper-sized column. */
export function ReportPage({ partnerName, referrals }: ReportPageProps) {
  const today = useToday();
  const { month, markets, rejected } = parseReportParams(useSearch(), today);
  const { instance } = useMsal();
  const tenant = instance.getActiveAccount()?.tenantId;
  const range = monthRange(month);
  const monthName = formatMonth(range.from);
  usePrintStyle(`${partnerName} · Partner Center monthly report · ${monthName}`);
  const generatedAt = new Date().toISOString();
  return (
    // "light": the report is paper, also on a dark screen.
    <article
      className="light mx-auto max-w-[680px] rounded-md bg-white p-4 text-slate-900 print:p-0"
      data-testid="report"
    >
      <div className="mb-4 space-y-3 print:hidden">
        <ParamsNotice rejected={rejected} />
        <form className="flex flex-wrap items-end gap-3" method="get" action="/report">
          <label className="flex flex-col text-xs font-medium">
            Month
            <input
              type="month"
              name="month"
              defaultValue={month}
              max={today.slice(0, 7)}
              className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:bg-slate-900"
            />
          </label>
          {markets.length > 0 && <input type="hidden" name="customerMarket" value={markets.join(",")} />}
          <button
            type="submit"
            className="rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium"
          >
            Show month
          </button>
          <button
            type="button"
            onClick={() => window.print()}
            className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white"
          >
            Print / Save as PDF
          </button>
        </form>
      </div>
      <header className="border-b-4 border-blue-800 pb-4">
        <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase dark:text-blue-300">
          Partner Center monthly report
        </p>
        <h1 className="mt-1 text-3xl font-bold">{monthName}</h1>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">Partner</dt>
          <dd data-testid="partner-name">{partnerName}</dd>
          {tenant && (
            <>
              <dt className="font-semibold">Tenant</dt>
              <dd className="font-mono text-xs">{tenant}</dd>
            </>
          )}
          <dt className="font-semibold">Period</dt>
          <dd>
            {range.from} to {range.to} (UTC)
          </dd>
          <dt className="font-semibold">Filters</dt>
          <dd>{markets.length ? `Customer market: ${markets.join(", ")}` : "None: all markets"}</dd>
          <dt className="font-semibold">Generated</dt>
          <dd>{formatDateTime(generatedAt)}</dd>
        </dl>
      </header>
      <section className="mt-6" aria-label="Executive summary">
        <h2 className="border-b-2 border-slate-800 pb-1 text-xl font-bold">Executive summary</h2>
        <ExecutiveSummary
          periods={{
            current: range,
            previous: monthRange(shiftMonth(month, -1)),
            lastYear: monthRange(shiftMonth(month, -12)),
          }}
          markets={markets}
        />
      </section>
      <ReportSections range={range} markets={markets} referrals={referrals} />
      <section className="mt-8 break-inside-avoid text-sm" aria-label="Data notes">
        <h2 className="border-b-2 border-slate-800 pb-1 text-xl font-bold">Data notes</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            Source: the Partner Center Analytics API (subscriptions, Azure usage, indirect resellers, search,
            referrals), read with the signed-in user&apos;s delegated access.
          </li>
          <li>
            Time zone: all dates are UTC days, as Partner Center reports them; a month runs from its first to
            its last UTC day.
          </li>
          <li>
            A zero means Partner Center returned no records for that measure and period, not that data is
            missing; failed queries are shown as errors, never as zero.
          </li>
          <li>
            Subscription status is the current status: Partner Center keeps no status history. Azure usage
            quantities are only added within one meter unit.
          </li>
        </ul>
      </section>
    </article>
  );
}
