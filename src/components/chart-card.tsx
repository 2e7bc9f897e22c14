import { Suspense, useId, useState, type ReactNode } from "react";
import type { CardStatus, TableData } from "../lib/card-data.ts";
import { DataTable } from "./data-table.tsx";
import { EmptyState, ErrorPanel, Skeleton } from "./states.tsx";

interface ChartCardProps {
  title: string;
  description?: ReactNode;
  height: number;
  status: CardStatus;
  table?: TableData;
  children: ReactNode;
  className?: string;
}

/**
 * Every chart sits in one of these: a skeleton of the final size while loading, an honest empty state, an
 * error panel with a retry, and a "view as table" switch showing the same numbers.
 */
export function ChartCard({
  title,
  description,
  height,
  status,
  table,
  children,
  className = "",
}: ChartCardProps) {
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  let body: ReactNode;
  if (status.error && !status.pending)
    body = <ErrorPanel error={status.error} onRetry={status.retry} height={height} />;
  else if (status.pending) body = <Skeleton height={height} label={`Loading ${title}`} />;
  else if (status.empty) body = <EmptyState height={height}>{status.empty}</EmptyState>;
  else if (asTable && table) body = <DataTable caption={title} data={table} />;
  else
    body = <Suspense fallback={<Skeleton height={height} label={`Drawing ${title}`} />}>{children}</Suspense>;

  const ready = !status.pending && !status.error && !status.empty;
  return (
    <section
      aria-labelledby={headingId}
      className={`break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900 ${className}`}
    >
      <div className="mb-3 flex items-start justify-between gap-2">
        <div>
          <h2 id={headingId} className="text-base font-semibold">
            {title}
          </h2>
          {description && <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>}
        </div>
        {/* The table is also the chart's text alternative for screen readers: one button away, announced as a
            toggle, instead of a hidden copy of every chart's numbers that doubled each page's DOM. */}
        {table && ready && (
          <button
            type="button"
            aria-pressed={asTable}
            onClick={() => setAsTable((t) => !t)}
            className="shrink-0 rounded-md border border-slate-300 px-2 py-1 text-xs font-medium dark:border-slate-600 print:hidden"
          >
            {asTable ? "View as chart" : "View as table"}
          </button>
        )}
      </div>
      {body}
    </section>
  );
}
