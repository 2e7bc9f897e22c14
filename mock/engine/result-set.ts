import { getColumn, type Column, type Table, type TermValue } from "../dataset/table.ts";
import { rowReader } from "./materialize-row.ts";
import type { ResourceSpec } from "./resources.ts";

/** The rows a query produces (raw rows or groups), materialised lazily so only the returned page is built. */
export interface ResultSet {
  readonly size: number;
  /** One sortable number per result row for an emitted key; unset values sort first (-Infinity or rank 0). */
  sortKey(name: string): Float64Array;
  row(index: number): Record<string, unknown>;
}

const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Nulls first, then case-insensitive text order with an ordinal tie-break so the order is total. */
function compareTerms(a: TermValue, b: TermValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const left = String(a);
  const right = String(b);
  return ordinal(left.toLowerCase(), right.toLowerCase()) || ordinal(left, right);
}

const rankCache = new WeakMap<readonly TermValue[], Float64Array>();

/** Rank of each dictionary entry in sort order, cached per dictionary (dictionaries never change). */
export function termRanks(values: readonly TermValue[]): Float64Array {
  const cached = rankCache.get(values);
  if (cached) return cached;
  const order = values
    .map((_, code) => code)
    .sort((a, b) => compareTerms(values[a] ?? null, values[b] ?? null));
  const ranks = new Float64Array(values.length);
  order.forEach((code, rank) => {
    ranks[code] = rank;
  });
  rankCache.set(values, ranks);
  return ranks;
}

/** Sort key of one column cell: term rank, or the number / epoch ms with unset first. */
function cellSortKey(column: Column): (row: number) => number {
  if (column.kind === "term") {
    const ranks = termRanks(column.values);
    return (row) => ranks[column.codes[row] ?? 0] ?? 0;
  }
  return (row) => {
    const value = column.values[row] ?? Number.NaN;
    return Number.isNaN(value) ? -Infinity : value;
  };
}

export function rawResult(table: Table, spec: ResourceSpec, rows: Int32Array): ResultSet {
  const read = rowReader(table, spec);
  return {
    size: rows.length,
    sortKey: (name) => {
      const key = cellSortKey(getColumn(table, name));
      return Float64Array.from(rows, key);
    },
    row: (index) => read(rows[index] ?? 0),
  };
}
