import type { DayRange } from "../lib/date-range.ts";
import { formatDayRange, formatNumber } from "../lib/format.ts";
import type { MeasureKey } from "../lib/measures.ts";
import { compareTotals } from "../lib/period-comparison.ts";
import { Delta } from "./delta.tsx";

// A card whose chart draws no comparison line (stacked charts, the net change) says it in words.
// A span, because card descriptions are paragraphs.

interface ComparisonNoteProps {
  label: string;
  /** Colours the change by whether it is good news, as the KPI tiles do. */
  measure: MeasureKey;
  current: number;
  previous: number | null | undefined;
  compared: DayRange | null;
  unit?: string;
}

export function ComparisonNote({ label, measure, current, previous, compared, unit }: ComparisonNoteProps) {
  const change = compareTotals(current, previous);
  const withUnit = (n: number) => `${formatNumber(n)}${unit ? ` ${unit}` : ""}`;
  return (
    <span className="tabular mt-1 block text-slate-700 dark:text-slate-300" data-measure={label}>
      {label}: <strong>{withUnit(current)}</strong>
      {compared && change && (
        <>
          {" "}
          · {formatDayRange(compared)}: {withUnit(change.previous)}{" "}
          <Delta measure={measure} delta={change.delta} ratio={change.ratio} />
        </>
      )}
    </span>
  );
}
