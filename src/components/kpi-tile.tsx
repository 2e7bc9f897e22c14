import type { ReactNode } from "react";
import { fitNumber, formatDayRange, formatNumber } from "../lib/format.ts";
import type { DayRange } from "../lib/date-range.ts";
import type { MeasureKey } from "../lib/measures.ts";
import { compareTotals } from "../lib/period-comparison.ts";
import { Delta } from "./delta.tsx";
import { ErrorPanel } from "./states.tsx";
import { cardSurface } from "./ui/card.tsx";
import { cn } from "./ui/cn.ts";

export interface KpiTileProps {
  label: string;
  /** What is counted: decides whether a rise is good news (green), bad news (red) or neither. */
  measure: MeasureKey;
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
}

// A tile is a quarter of the page at 1440 px: eleven characters ("999,999,999") fit its large type beside a unit.
const VALUE_CHARS = 11;

export function KpiTile({
  label,
  measure,
  value,
  unit,
  previous,
  comparedRange,
  trend,
  href,
  pending,
  error,
  onRetry,
}: KpiTileProps) {
  const change = value === null ? null : compareTotals(value, previous);
  const shown = value === null ? null : fitNumber(value, VALUE_CHARS);
  const title = href ? (
    <a href={href} className="hover:underline">
      {label}
    </a>
  ) : (
    label
  );
  return (
    <div className={cn(cardSurface, "flex min-h-36 flex-col justify-between")} data-kpi={label}>
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
        <p
          className="tabular mt-1 text-3xl font-semibold"
          data-kpi-value
          title={shown?.exact !== shown?.text ? shown?.exact : undefined}
        >
          {shown ? shown.text : "—"}
          {unit && (
            <span className="ml-1 text-base font-normal text-slate-600 dark:text-slate-400">{unit}</span>
          )}
        </p>
      )}
      {!pending && !error && change && (
        <p
          className="text-sm"
          title={comparedRange ? `Compared with ${formatDayRange(comparedRange)}` : undefined}
        >
          <Delta measure={measure} delta={change.delta} ratio={change.ratio} />
          {comparedRange && (
            <span className="tabular block text-xs text-slate-600 dark:text-slate-400">
              vs {formatDayRange(comparedRange)}: {formatNumber(change.previous)}
            </span>
          )}
        </p>
      )}
      {trend && <div className="mt-2 h-10">{trend}</div>}
    </div>
  );
}
