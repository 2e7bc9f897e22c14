import { formatPercent, formatSigned } from "../lib/format.ts";
import { deltaTone, type MeasureKey, type Tone } from "../lib/measures.ts";

// Static class names (Tailwind only sees whole names): green for good news, red for bad, grey for neither.
const TONE_CLASS: Record<Tone, string> = {
  good: "text-emerald-800 dark:text-emerald-300",
  bad: "text-red-800 dark:text-red-300",
  neutral: "text-slate-600 dark:text-slate-400",
};

interface DeltaProps {
  measure: MeasureKey;
  delta: number;
  /** The change relative to the earlier value; null when that was zero. */
  ratio: number | null;
  className?: string;
}

/** A change against the compared period: the arrow and sign say which way, the colour whether that is good. */
export function Delta({ measure, delta, ratio, className = "" }: DeltaProps) {
  return (
    <span className={`tabular ${TONE_CLASS[deltaTone(measure, delta)]} ${className}`}>
      <span aria-hidden="true">{delta > 0 ? "▲" : delta < 0 ? "▼" : "■"}</span> {formatSigned(delta)}
      {ratio !== null && ` (${formatPercent(ratio)})`}
    </span>
  );
}
