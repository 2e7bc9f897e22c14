import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";

/** A cell of the grid: row 0 is the header row, data row i is row i + 1. */
export interface GridCell {
  row: number;
  col: number;
}

interface GridKeyboardOptions {
  /** Data rows (the header row comes on top). */
  rowCount: number;
  colCount: number;
  /** Rows PageUp/PageDown move by. */
  pageRows: number;
  gridRef: RefObject<HTMLElement | null>;
  /** Brings a data row into the rendered window; the virtualizer renders only what is near the viewport. */
  scrollToRow: (index: number) => void;
  onOpen: (index: number) => void;
}

const clamp = (n: number, min: number, max: number) => Math.max(min, Math.min(n, max));

/**
 * The ARIA grid keyboard model with a roving tabindex: arrows, Home/End (Ctrl for the first/last row),
 * PageUp/PageDown and Enter to open a row. Focus follows the active cell once its row is rendered.
 */
export function useGridKeyboard({
  rowCount,
  colCount,
  pageRows,
  gridRef,
  scrollToRow,
  onOpen,
}: GridKeyboardOptions) {
  const [active, setActive] = useState<GridCell>({ row: 0, col: 0 });
  const focusPending = useRef(false);
  // Filters and the column menu shrink the grid under the active cell; it stays inside.
  const cell = { row: Math.min(active.row, rowCount), col: clamp(active.col, 0, colCount - 1) };

  const moveTo = (row: number, col: number) => {
    const next = { row: clamp(row, 0, rowCount), col: clamp(col, 0, colCount - 1) };
    setActive(next);
    if (next.row > 0) scrollToRow(next.row - 1);
    focusPending.current = true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.metaKey) return;
    const { row, col } = cell;
    switch (event.key) {
      case "ArrowDown":
        moveTo(row + 1, col);
        break;
      case "ArrowUp":
        moveTo(row - 1, col);
        break;
      case "ArrowRight":
        moveTo(row, col + 1);
        break;
      case "ArrowLeft":
        moveTo(row, col - 1);
        break;
      case "Home":
        moveTo(event.ctrlKey ? 0 : row, 0);
        break;
      case "End":
        moveTo(event.ctrlKey ? rowCount : row, colCount - 1);
        break;
      case "PageDown":
        moveTo(row + pageRows, col);
        break;
      case "PageUp":
        moveTo(row - pageRows, col);
        break;
      case "Enter":
        // On the header the focused sort button handles Enter itself.
        if (row === 0) return;
        onOpen(row - 1);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  // Runs after every render: a row scrolled to is rendered a frame later, and focus waits for it.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    const element = gridRef.current?.querySelector<HTMLElement>(`[data-cell="${cell.row}:${cell.col}"]`);
    if (element) {
      element.focus();
      focusPending.current = false;
    }
  });

  /** Returns focus to the active cell, e.g. when the details panel closes. */
  const focusActive = () => {
    if (cell.row > 0) scrollToRow(cell.row - 1);
    focusPending.current = true;
  };

  return { active: cell, setActive, onKeyDown, focusActive };
}
