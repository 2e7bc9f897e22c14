import type { ResolvedColumn } from "./grid-columns.ts";
import { foldText, type GridRow } from "./sort-rows.ts";

/** Per-column filter text by field; "" means no filter. They filter loaded rows in the browser. */
export type ColumnFilters = Readonly<Record<string, string>>;

/** The select option that keeps rows whose value is null. */
export const EMPTY_FILTER = "\u0000empty";

/** Closed lists (booleans, documented values) are chosen from a select; everything else is typed. */
export const isSelectFilter = (column: ResolvedColumn) =>
  column.kind === "boolean" || column.values !== undefined;

type Match = (value: unknown) => boolean;
type Op = "<" | "<=" | ">" | ">=" | "=";

const NUMBER = /^(<=|>=|<|>|=)?\s*(-?\d+(?:\.\d+)?)$/;
const DATE = /^(<=|>=|<|>|=)?\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)$/;

function compare<T>(op: Op, a: T, b: T): boolean {
  if (op === "<") return a < b;
  if (op === "<=") return a <= b;
  if (op === ">") return a > b;
  if (op === ">=") return a >= b;
  return a === b;
}

function contains(query: string): Match {
  const folded = foldText(query);
  return (value) => value !== null && value !== undefined && foldText(String(value)).includes(folded);
}

/**
 * Numbers: "12", ">= 100" (value match or comparison). Dates: "2026-08" (that month), "<2026-08-15" (compared
 * on the ISO date, as far as written). Text: contains, ignoring case and accents. Anything else: contains.
 */
function matcher(column: ResolvedColumn, query: string): Match {
  if (isSelectFilter(column))
    return query === EMPTY_FILTER
      ? (value) => value === null || value === undefined
      : (value) => value !== null && String(value) === query;
  const number = column.kind === "number" ? NUMBER.exec(query) : null;
  if (number) {
    const target = Number(number[2]);
    const op = (number[1] ?? "=") as Op;
    return (value) => typeof value === "number" && compare(op, value, target);
  }
  const date = column.kind === "date" ? DATE.exec(query) : null;
  if (date) {
    const prefix = date[2]!;
    const op = (date[1] ?? "=") as Op;
    return (value) => typeof value === "string" && compare(op, value.slice(0, prefix.length), prefix);
  }
  return contains(query);
}

/** One predicate for all active filters (null when none): used for the loaded rows and for each exported page. */
export function rowPredicate(
  columns: readonly ResolvedColumn[],
  filters: ColumnFilters,
): ((row: GridRow) => boolean) | null {
  const tests = columns.flatMap((column) => {
    const query = filters[column.field]?.trim();
    if (!query) return [];
    const match = matcher(column, query);
    return [(row: GridRow) => match(row[column.field])];
  });
  if (tests.length === 0) return null;
  return (row) => tests.every((test) => test(row));
}

/** Row indices to show, in order: `order` (or loaded order) without the rows the predicate drops. */
export function visibleRows(
  rows: readonly GridRow[],
  order: Uint32Array | null,
  keep: ((row: GridRow) => boolean) | null,
): Uint32Array | null {
  if (!keep) return order;
  const count = order ? order.length : rows.length;
  const kept = new Uint32Array(count);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const index = order ? order[i]! : i;
    if (keep(rows[index]!)) kept[n++] = index;
  }
  return kept.subarray(0, n);
}
