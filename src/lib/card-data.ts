// The shapes cards are fed: lib's transforms produce them, components draw them. They live here, below both, so
// lib never imports components.

export type Cell = string | number | null;

/** The numbers of a chart as a table: its accessible and printable alternative. */
export interface TableData {
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** A column's series colour, shown as a swatch in its header: the table's key to the chart. */
  colors?: readonly (string | undefined)[];
  /** How to show numbers; the raw values stay in the data. */
  formatCell?: (value: Cell, column: number) => string;
}

/** One ranked group: a bar of a top-N or by-category list, and a row of its table. */
export interface Item {
  key: string;
  label: string;
  value: number;
}

/** One line, area or bar series over a chart's buckets. */
export interface Series {
  key: string;
  label: string;
  values: readonly number[];
}

export interface CardStatus {
  pending: boolean;
  error?: unknown;
  retry?: () => void;
  /** Set when the data is there but empty: says why, in the user's terms. */
  empty?: string | false;
}
