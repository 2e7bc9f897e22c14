import { fitNumber } from "../../lib/format.ts";
import { colorsFor, PALETTE, SEMANTIC_COLORS } from "../../lib/series-colors.ts";
import type { Item } from "../../lib/card-data.ts";
import { middleTruncate } from "../../lib/text-fit.ts";

export interface BarListChartProps {
  items: readonly Item[];
  /** The least height (the card's skeleton); long names wrap and make the list taller, never cut it off. */
  height: number;
  unit?: string;
  /** The measure drawn (e.g. "licenseCount"): one colour for it on every card. */
  colorKey?: string;
  /** Each bar in its own key's colour instead (statuses, types). */
  colorByItem?: boolean;
  /** Drill-down: each selectable row's name is a button. */
  onSelect?: (key: string) => void;
  /** Leaves out rows the filter cannot take ("Other", "Not set"). */
  canSelect?: (key: string) => boolean;
  /** Names the list for screen readers when its rows are buttons, e.g. "Filter by product". */
  selectLabel?: string;
}

// Two lines of the name column on a laptop, three on a phone; longer names lose their middle (the whole name is in the title and
// the card's table). Values longer than "999,999" turn compact (75.3M), exact in the title and the table.
const LABEL_CHARS = 48;
const VALUE_CHARS = 7;

/**
 * Top-N and by-category views as an HTML bar list (the way Plausible draws its top lists): every name and value
 * is real text, readable without a tooltip and in greyscale print, and ten rows cost ~50 DOM nodes where the SVG
 * chart took ~160.
 */
export function BarListChart({
  items,
  height,
  unit,
  colorKey,
  colorByItem,
  onSelect,
  canSelect = () => true,
  selectLabel,
}: BarListChartProps) {
  const max = Math.max(0, ...items.map((item) => item.value));
  const colors = colorByItem ? colorsFor(items.map((item) => item.key)) : [];
  const color = (colorKey && SEMANTIC_COLORS[colorKey]) || PALETTE.blue;
  return (
    <ol
      data-chart="bar-list"
      aria-label={onSelect ? selectLabel : undefined}
      style={{ minHeight: height }}
      // One grid for the whole list (rows are subgrids), so every bar starts where the others do whatever the
      // width of its name or value.
      className="grid grid-cols-[minmax(0,1fr)_minmax(2rem,1fr)_auto] content-start gap-x-2 gap-y-1 text-sm text-slate-700 dark:text-slate-300"
    >
      {items.map((item, i) => {
        const name = middleTruncate(item.label, LABEL_CHARS);
        const label = {
          title: name === item.label ? undefined : item.label,
          dir: "auto" as const,
          className: "min-w-0 text-left [overflow-wrap:anywhere]",
        };
        const value = fitNumber(item.value, VALUE_CHARS);
        return (
          <li key={item.key} className="col-span-3 grid min-h-6 grid-cols-subgrid items-center px-1">
            {/* Not a <Button>: the row's name is the drill-down, drawn as the row's label in the list's grid. */}
            {onSelect && canSelect(item.key) ? (
              <button
                type="button"
                onClick={() => onSelect(item.key)}
                {...label}
                className={`${label.className} rounded underline-offset-2 hover:underline print:no-underline`}
              >
                {name}
              </button>
            ) : (
              <span {...label}>{name}</span>
            )}
            <span
              aria-hidden="true"
              className="h-4 rounded-sm [print-color-adjust:exact]"
              style={{
                width: `${max > 0 ? (Math.max(0, item.value) / max) * 100 : 0}%`,
                minWidth: 2,
                backgroundColor: colors[i] ?? color,
              }}
            />
            <span
              className="text-right whitespace-nowrap tabular-nums"
              title={value.text === value.exact ? undefined : value.exact}
            >
              {value.text}
              {unit && <span className="sr-only"> {unit}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
