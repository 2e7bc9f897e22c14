import type { ReactNode } from "react";
import { formatDayRange, formatNumber, formatPercent, formatSigned } from "../lib/format.ts";
import type { DayRange } from "../lib/date-range.ts";
import { ErrorPanel } from "./states.tsx";

export interface KpiTileProps {
  label: string;
  value: number | null;
  unit?: string;
  /** The same measure over the comparison period; null when comparison is off or unknown. */
  previous?: number | null;
  comparedRange?: DayRange | null;
  /** A small trend line, lazily drawn. */
  trend?: ReactNode;
  href?: string;
  pending?: boolean;
  /** A failed query: shown on the tile with its correlation id, never as a number. */
  error?: unknown;
  onRetry?: () => void;
  /** Some KPIs are better when they fall (churn). */
  lowerIsBetter?: boolean;
}

export function KpiTile({
  label,
  value,
  unit,
  previous,
  comparedRange,
  trend,
  href,
  pending,
  error,
  onRetry,
  lowerIsBetter,
}: KpiTileProps) {
  const delta = value !== null && previous !== null && previous !== undefined ? value - previous : null;
  const ratio = delta !== null && previous ? delta / previous : null;
  const good = delta === null || delta === 0 ? null : delta > 0 !== Boolean(lowerIsBetter);
  const title = href ? (
    <a href={href} className="hover:underline">
      {label}
    </a>
  ) : (
    label
  );
  return (
    <div
      className="flex min-h-36 break-inside-avoid flex-col justify-between rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
      data-kpi={label}
    >
      <h3 className="text-sm font-medium text-slate-600 dark:text-slate-400">{title}</h3>
      {pending ? (
        <div
          role="status"
          aria-label={`Loading ${label}`}
          className="mt-2 h-8 w-24 animate-pulse rounded bg-slate-200 dark:bg-slate-800"
        />
      ) : error ? (
        <div className="mt-2">
          <ErrorPanel error={error} onRetry={onRetry} />
        </div>
      ) : (
        <p className="tabular mt-1 text-3xl font-semibold" data-kpi-value>
          {value === null ? "—" : formatNumber(value)}
          {unit && (
            <span className="ml-1 text-base font-normal text-slate-600 dark:text-slate-400">{unit}</span>
          )}
        </p>
      )}
      {!pending && !error && delta !== null && (
        <p
          className={`tabular text-sm ${good === null ? "text-slate-600 dark:text-slate-400" : good ? "text-emerald-800 dark:text-emerald-300" : "text-red-800 dark:text-red-300"}`}
          title={comparedRange ? `Compared with ${formatDayRange(comparedRange)}` : undefined}
        >
          <span aria-hidden="true">{delta > 0 ? "▲" : delta < 0 ? "▼" : "■"}</span> {formatSigned(delta)}
          {ratio !== null && ` (${formatPercent(ratio)})`}
          {comparedRange && (
            <span className="block text-xs text-slate-600 dark:text-slate-400">
              vs {formatDayRange(comparedRange)}: {formatNumber(previous!)}
            </span>
          )}
        </p>
      )}
      {trend && <div className="mt-2 h-10">{trend}</div>}
    </div>
  );
}
