import type { DayRange } from "../lib/date-range.ts";
import { formatDayRange, formatNumber, formatPercent, formatSigned } from "../lib/format.ts";
import { compareTotals } from "../lib/period-comparison.ts";

// Shared by the subscriptions and Azure usage pages: stacked charts draw no comparison line, so they say it.
// A span, because card descriptions are paragraphs.

interface ComparisonNoteProps {
  label: string;
  current: number;
  previous: number | null | undefined;
  compared: DayRange | null;
  unit?: string;
}

export function ComparisonNote({ label, current, previous, compared, unit }: ComparisonNoteProps) {
  const change = compareTotals(current, previous);
  const withUnit = (n: number) => `${formatNumber(n)}${unit ? ` ${unit}` : ""}`;
  return (
    <span className="tabular mt-1 block text-slate-700 dark:text-slate-300">
      {label}: <strong>{withUnit(current)}</strong>
      {compared && change && (
        <>
          {" "}
          · {formatDayRange(compared)}: {withUnit(change.previous)} ({formatSigned(change.delta)}
          {change.ratio !== null && `, ${formatPercent(change.ratio)}`})
        </>
      )}
    </span>
  );
}
