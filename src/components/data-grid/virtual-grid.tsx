import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useRef, useState, type FocusEvent, type MouseEvent } from "react";
import { formatNumber } from "../../lib/format.ts";
import type { SortSpec } from "../../lib/view-state.ts";
import { DetailsPanel } from "./details-panel.tsx";
import { formatCell } from "./format-cell.ts";
import { GRID_HEIGHT, HEADER_HEIGHT, ROW_HEIGHT, type ResolvedColumn } from "./grid-columns.ts";
import { GridHeader } from "./grid-header.tsx";
import type { GridRow } from "./sort-rows.ts";
import { useGridKeyboard } from "./use-grid-keyboard.ts";

interface VirtualGridProps {
  labelledBy: string;
  columns: readonly ResolvedColumn[];
  rows: readonly GridRow[];
  /** Row indices in display order (sorted, filtered); null shows the rows as loaded. */
  order: Uint32Array | null;
  sort: SortSpec | undefined;
  onSort: (field: string) => void;
  /** Every field of the resource, for the details panel. */
  fields: readonly string[];
}

const PAGE_ROWS = Math.floor((GRID_HEIGHT - HEADER_HEIGHT) / ROW_HEIGHT) - 1;
/** Average width of a character at the grid's text size, in px. */
const CHAR_WIDTH = 7;

/**
 * The grid element itself is the scroll container, so focus and keyboard events stay inside `[role=grid]`.
 * Only the rows near the viewport are in the DOM (about 25 of them, whatever the row count).
 */
export function VirtualGrid({ labelledBy, columns, rows, order, sort, onSort, fields }: VirtualGridProps) {
  const gridRef = useRef<HTMLDivElement>(null);
  const rowCount = order ? order.length : rows.length;
  const rowAt = (index: number) => rows[order ? order[index]! : index]!;
  const [details, setDetails] = useState<{ row: GridRow; index: number } | null>(null);

  // The app does not run the React Compiler; the rule only warns that it would skip this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => gridRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows beyond the viewport, rendered ahead of a scroll; each one costs every frame of a fast scroll.
    overscan: 3,
    // The sticky header sits above the rows inside the scroll container.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialRect: { width: 0, height: GRID_HEIGHT },
  });

  const nav = useGridKeyboard({
    rowCount,
    colCount: columns.length,
    pageRows: PAGE_ROWS,
    gridRef,
    scrollToRow: (index) => virtualizer.scrollToIndex(index),
    onOpen: (index) => setDetails({ row: rowAt(index), index }),
  });
  const closeDetails = () => {
    setDetails(null);
    nav.focusActive();
  };

  const items = virtualizer.getVirtualItems();
  // The tab stop must be in the DOM: when the active row is scrolled away, the header takes it.
  const rendered = nav.active.row === 0 || items.some((item) => item.index === nav.active.row - 1);
  const tabStop = rendered ? nav.active : { row: 0, col: nav.active.col };
  const template = columns.map((column) => `${column.width}px`).join(" ");
  const width = columns.reduce((sum, column) => sum + column.width, 0);

  const cellOf = (target: EventTarget) => {
    const coordinates = (target as HTMLElement)
      .closest<HTMLElement>("[data-cell]")
      ?.dataset.cell?.split(":")
      .map(Number);
    return coordinates ? { row: coordinates[0] ?? 0, col: coordinates[1] ?? 0 } : null;
  };
  // However a cell gets focus (click, Tab, a screen reader), it becomes the active cell the keys move from.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const cell = cellOf(event.target);
    if (cell && (cell.row !== nav.active.row || cell.col !== nav.active.col)) nav.setActive(cell);
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const cell = cellOf(event.target);
    if (cell && cell.row > 0) setDetails({ row: rowAt(cell.row - 1), index: cell.row - 1 });
  };

  return (
    <>
      <div
        ref={gridRef}
        role="grid"
        aria-labelledby={labelledBy}
        aria-rowcount={rowCount + 1}
        aria-colcount={columns.length}
        tabIndex={-1}
        onKeyDown={nav.onKeyDown}
        onFocus={onFocus}
        onClick={onClick}
        style={{ height: GRID_HEIGHT }}
        className="relative overflow-auto rounded-md border border-slate-200 text-sm dark:border-slate-700"
      >
        <GridHeader
          columns={columns}
          sort={sort}
          onSort={onSort}
          template={template}
          width={width}
          tabCol={tabStop.row === 0 ? tabStop.col : -1}
        />
        <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize(), width }}>
          {items.map((item) => (
            <GridRowView
              key={item.key}
              index={item.index}
              row={rowAt(item.index)}
              top={item.start - HEADER_HEIGHT}
              columns={columns}
              template={template}
              width={width}
              tabCol={tabStop.row === item.index + 1 ? tabStop.col : -1}
            />
          ))}
        </div>
      </div>
      {details && (
        <DetailsPanel
          heading={`Row ${formatNumber(details.index + 1)} of ${formatNumber(rowCount)}`}
          row={details.row}
          fields={fields}
          onClose={closeDetails}
        />
      )}
    </>
  );
}

interface GridRowViewProps {
  index: number;
  row: GridRow;
  top: number;
  columns: readonly ResolvedColumn[];
  template: string;
  width: number;
  tabCol: number;
}

// Memoised: while scrolling, rows that stay in the window keep their props and are not rendered again. Each row
// is its own layout root (its size is fixed), so a row coming in does not lay out the others. Not a paint root:
// paint containment clipped the focused cell's outer focus ring to the row.
const GridRowView = memo(function GridRowView({
  index,
  row,
  top,
  columns,
  template,
  width,
  tabCol,
}: GridRowViewProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="absolute top-0 left-0 grid cursor-pointer border-b border-slate-100 contain-layout contain-size contain-style hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-800/60"
      style={{ transform: `translateY(${top}px)`, gridTemplateColumns: template, width, height: ROW_HEIGHT }}
    >
      {columns.map((column, c) => {
        const text = formatCell(row[column.field], column.kind);
        return (
          <div
            key={column.field}
            role="gridcell"
            aria-colindex={c + 1}
            data-cell={`${index + 1}:${c}`}
            tabIndex={tabCol === c ? 0 : -1}
            // A tooltip (an attribute, not a node) for text the column cuts off.
            title={text.length * CHAR_WIDTH > column.width - 16 ? text : undefined}
            className={`truncate px-2 leading-[33px] outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-inset ${column.kind === "number" ? "text-right tabular-nums" : ""}`}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
});
