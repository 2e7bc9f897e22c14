import { useMsal } from "@azure/msal-react";
import { useIsFetching, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useSearch } from "wouter";
import { ANALYTICS_KEY } from "../../api/queries.ts";
import { ParamsNotice } from "../../components/params-notice.tsx";
import { formatDateTime, formatMonth } from "../../lib/format.ts";
import type { ReportSection } from "../../lib/report-section.ts";
import { useToday } from "../../lib/today.tsx";
import { DataNotes } from "./data-notes.tsx";
import { usePrintStyle } from "./print-style.ts";
import { parseReportParams, reportMonth } from "./report-params.ts";
import { WhatChanged } from "./what-changed.tsx";
import { Button } from "../../components/ui/button.tsx";

interface ReportPageProps {
  partnerName: string;
  /** The feature sections, in the order they print (app/report-sections.ts). */
  sections: readonly ReportSection[];
  /** A report run's tenant (it has no signed-in account); otherwise the signed-in account's. */
  tenant?: string;
}

/** When the newest Partner Center answer on the page arrived, once nothing is loading: "the data was read at". */
function useDataReadAt(): string | null {
  const fetching = useIsFetching({ queryKey: ANALYTICS_KEY });
  const cache = useQueryClient().getQueryCache();
  if (fetching) return null;
  const latest = Math.max(0, ...cache.findAll({ queryKey: ANALYTICS_KEY }).map((q) => q.state.dataUpdatedAt));
  return latest ? new Date(latest).toISOString() : null;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-5" aria-label={title}>
      <h2 className="break-after-avoid border-b-2 border-slate-800 pb-0.5 text-lg font-bold">{title}</h2>
      {children}
    </section>
  );
}

/** The monthly business review: print-first, readable on screen, one fixed paper-sized column. */
export function ReportPage({ partnerName, sections, tenant: runTenant }: ReportPageProps) {
  const today = useToday();
  const { month: monthParam, markets, rejected } = parseReportParams(useSearch(), today);
  const { instance } = useMsal();
  const tenant = runTenant ?? instance.getActiveAccount()?.tenantId;
  const month = reportMonth(monthParam, markets);
  const monthName = formatMonth(month.range.from);
  const readAt = useDataReadAt();
  usePrintStyle(`${partnerName} · Partner Center monthly report · ${monthName}`);
  const sources = sections.flatMap((s) => (s.changes ? [s.changes] : []));
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
              defaultValue={monthParam}
              max={today.slice(0, 7)}
              className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:bg-slate-900"
            />
          </label>
          {markets.length > 0 && <input type="hidden" name="customerMarket" value={markets.join(",")} />}
          <Button type="submit">Show month</Button>
          <Button look="primary" onClick={() => window.print()}>
            Print / Save as PDF
          </Button>
        </form>
      </div>
      <header className="border-b-4 border-blue-800 pb-3">
        <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">
          Partner Center monthly report
        </p>
        <h1 className="mt-1 text-3xl font-bold">{monthName}</h1>
        <dl className="mt-2 grid grid-cols-[max-content_1fr_max-content_1fr] gap-x-4 gap-y-0.5 text-sm">
          <dt className="font-semibold">Partner</dt>
          <dd data-testid="partner-name">{partnerName}</dd>
          <dt className="font-semibold">Period</dt>
          <dd>
            {month.range.from} to {month.range.to} (UTC)
          </dd>
          <dt className="font-semibold">Filters</dt>
          <dd>{markets.length ? `Customer market: ${markets.join(", ")}` : "None: all markets"}</dd>
          <dt className="font-semibold">Data read</dt>
          <dd data-testid="data-read-at">{readAt ? formatDateTime(readAt) : "loading…"}</dd>
          <dt className="font-semibold">Tenant</dt>
          {/* A row of its own: the id on one line reads (and is found in the PDF's text) whole. */}
          <dd className="col-span-3 font-mono text-xs leading-5" data-testid="tenant">
            {tenant ?? "—"}
          </dd>
        </dl>
      </header>
      <Section title="What changed">
        <WhatChanged month={month} sources={sources} />
      </Section>
      {sections.map(({ id, title, Body }) => (
        <Section key={id} title={title}>
          <Body month={month} />
        </Section>
      ))}
      <Section title="Data notes">
        <DataNotes month={month} />
      </Section>
    </article>
  );
}
