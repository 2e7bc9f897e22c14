import { middleTruncate } from "../lib/text-fit.ts";
import { Button } from "./ui/button.tsx";

// Chart marks are mouse targets only; these buttons give the same drill-down to keyboards and screen readers.

interface DrillButtonsProps {
  /** e.g. "Filter by status" */
  label: string;
  items: readonly { key: string; label: string }[];
  onSelect: (key: string) => void;
}

/** A button names its series; a long name keeps both ends (the whole name is in the chart's legend and table). */
const LABEL_CHARS = 40;

export function DrillButtons({ label, items, onSelect }: DrillButtonsProps) {
  if (!items.length) return null;
  return (
    <div
      role="group"
      aria-label={label}
      className="mt-2 flex flex-wrap items-center gap-1 text-xs print:hidden"
    >
      <span className="text-slate-600 dark:text-slate-400">{label}:</span>
      {items.map((item) => {
        const shown = middleTruncate(item.label, LABEL_CHARS);
        return (
          <Button
            key={item.key}
            size="xs"
            onClick={() => onSelect(item.key)}
            title={shown === item.label ? undefined : item.label}
            dir="auto"
            className="max-w-full [overflow-wrap:anywhere]"
          >
            {shown}
          </Button>
        );
      })}
    </div>
  );
}
