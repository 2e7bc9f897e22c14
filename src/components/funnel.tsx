import { formatNumber, formatShare } from "../lib/format.ts";

export interface FunnelStep {
  key: string;
  label: string;
  value: number;
  /** Where records leave the funnel after this step (declined, expired, lost, …). */
  exits?: readonly { key: string; label: string; value: number }[];
}

interface FunnelProps {
  steps: readonly FunnelStep[];
  onSelect?: (key: string) => void;
}

/**
 * A funnel as plain HTML: bars sized to the first step, the conversion from the step before, and the exits
 * beside the step they leave. Readable without colour, without a mouse, and in print.
 */
export function Funnel({ steps, onSelect }: FunnelProps) {
  const top = steps[0]?.value ?? 0;
  return (
    <ol data-chart="funnel" className="space-y-3">
      {steps.map((step, i) => {
        const previous = i > 0 ? steps[i - 1]!.value : null;
        const width = top > 0 ? Math.max(2, (step.value / top) * 100) : 0;
        return (
          <li key={step.key} className="break-inside-avoid">
            <div className="flex items-baseline justify-between gap-2 text-sm">
              {/* Not a <Button>: a step's name is a row label that drills down when clicked, drawn as text in
                  the funnel (as are its exits below); a framed button per line would outweigh the numbers. */}
              <button
                type="button"
                onClick={() => onSelect?.(step.key)}
                disabled={!onSelect}
                className="font-medium underline-offset-2 enabled:hover:underline"
              >
                {step.label}
              </button>
              <span className="tabular">
                <strong>{formatNumber(step.value)}</strong>
                {previous !== null && (
                  <span className="ml-2 text-slate-600 dark:text-slate-400">
                    {previous > 0 ? formatShare(step.value / previous) : "—"} of previous step
                  </span>
                )}
              </span>
            </div>
            <div className="mt-1 h-5 rounded bg-slate-100 dark:bg-slate-800" aria-hidden="true">
              <div
                className="h-5 rounded border border-blue-900 bg-blue-700 dark:bg-blue-500"
                style={{ width: `${width}%` }}
              />
            </div>
            {step.exits && step.exits.some((e) => e.value > 0) && (
              <ul
                className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300"
                aria-label={`Left after ${step.label}`}
              >
                {step.exits.map((exit) => (
                  <li key={exit.key}>
                    <button
                      type="button"
                      onClick={() => onSelect?.(exit.key)}
                      disabled={!onSelect}
                      className="enabled:hover:underline"
                    >
                      ↳ {exit.label}:{" "}
                      <span className="tabular font-semibold">{formatNumber(exit.value)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
