import type { SortSpec } from "../../lib/view-state.ts";
import { HEADER_HEIGHT, type ResolvedColumn } from "./grid-columns.ts";

interface GridHeaderProps {
  columns: readonly ResolvedColumn[];
  sort: SortSpec | undefined;
  onSort: (field: string) => void;
  template: string;
  width: number;
  /** The column whose sort button is the grid's tab stop, or -1. */
  tabCol: number;
}

/** The sticky header row: one sort button per column; `aria-sort` tells screen readers the order. */
export function GridHeader({ columns, sort, onSort, template, width, tabCol }: GridHeaderProps) {
  return (
    <div
      role="rowgroup"
      className="sticky top-0 z-10 border-b border-slate-300 bg-slate-100 dark:border-slate-600 dark:bg-slate-800"
      style={{ width }}
    >
      <div
        role="row"
        aria-rowindex={1}
        className="grid"
        style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}
      >
        {columns.map((column, c) => {
          const direction =
            sort?.column === column.field ? (sort.desc ? "descending" : "ascending") : undefined;
          return (
            <div key={column.field} role="columnheader" aria-colindex={c + 1} aria-sort={direction}>
              {/* Not a <Button>: the whole header cell is the sort control, one stop of the grid's roving focus
                  (its ring is drawn inside the cell, where the grid's overflow cannot clip it). */}
              <button
                type="button"
                data-cell={`0:${c}`}
                tabIndex={tabCol === c ? 0 : -1}
                onClick={() => onSort(column.field)}
                className={`flex h-full w-full items-center gap-1 px-2 text-sm font-semibold outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-inset ${column.kind === "number" ? "justify-end" : ""}`}
              >
                <span className="truncate">{column.label}</span>
                <span aria-hidden="true" className="w-3 shrink-0 text-xs">
                  {direction === "ascending" ? "▲" : direction === "descending" ? "▼" : ""}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
