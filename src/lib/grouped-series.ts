import type { Cell, Item, Series, TableData } from "./card-data.ts";
import type { Grain } from "./date-range.ts";
import { formatBucket, formatNumber } from "./format.ts";
import { colorsFor } from "./series-colors.ts";
import { distinctLabels } from "./text-fit.ts";
import { bucketStart } from "./time-buckets.ts";

// Grouped rows arrive "long" (one row per date bucket and key); charts want one series per key, rankings one item.

export type GroupRow = Readonly<Record<string, unknown>>;

// Keys of groups that are not a value: the field unset, and everything past a top-N. A control character never
// passes URL validation, so these can never collide with a real value, and a drill-down never writes them.
export const UNSET_KEY = "\u0000unset";
export const OTHER_KEY = "\u0000other";
export const isValueKey = (key: string) => !key.startsWith("\u0000");

/** Label of a group whose field is unset: shown, never dropped, so the numbers still add up. */
export const NOT_SET = "Not set";
/** Label of the group that adds up everything past a top-N. */
export const otherLabel = (count: number) => `Other (${count})`;

/** A group key as text. Unknown enum values pass through exactly as the API sent them. */
export function keyOf(value: unknown): string {
  return value === null || value === undefined || value === "" ? UNSET_KEY : String(value);
}

/** What a key reads as. */
export const labelOf = (key: string) => (key === UNSET_KEY ? NOT_SET : key);

export function measureOf(row: GroupRow, measure: string): number {
  const value = row[measure];
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

export function sumMeasure(rows: readonly GroupRow[], measure: string): number {
  return rows.reduce((sum, row) => sum + measureOf(row, measure), 0);
}

/** The measure per bucket of `buckets`; rows are placed by the bucket holding their date, gaps stay zero. */
export function bucketTotals(
  rows: readonly GroupRow[],
  dateField: string,
  measure: string,
  buckets: readonly string[],
  grain: Grain,
): number[] {
  const index = new Map(buckets.map((bucket, i) => [bucket, i]));
  const values = buckets.map(() => 0);
  for (const row of rows) {
    const date = row[dateField];
    if (typeof date !== "string") continue;
    const i = index.get(bucketStart(date, grain));
    if (i !== undefined) values[i]! += measureOf(row, measure);
  }
  return values;
}

export interface Total {
  key: string;
  value: number;
}

/** The measure summed per key, largest first; equal totals keep the order the API returned them in. */
export function totalsBy(
  rows: readonly GroupRow[],
  key: string | ((row: GroupRow) => string),
  measure: string,
): Total[] {
  const keyFn = typeof key === "string" ? (row: GroupRow) => keyOf(row[key]) : key;
  const totals = new Map<string, number>();
  for (const row of rows) {
    const k = keyFn(row);
    totals.set(k, (totals.get(k) ?? 0) + measureOf(row, measure));
  }
  return [...totals].map(([k, value]) => ({ key: k, value })).sort((a, b) => b.value - a.value);
}

export interface PivotOptions {
  dateField: string;
  keyField: string;
  measure: string;
  buckets: readonly string[];
  grain: Grain;
  /** Keys that always come first, in this order (e.g. the documented statuses); the rest follow by size. */
  order?: readonly string[];
  /** More keys than this fold their smallest into one "Other" series: eight colours and dashes stay apart. */
  maxSeries?: number;
}

/** Long grouped rows as one series per key over every bucket. */
export function pivotSeries(rows: readonly GroupRow[], options: PivotOptions): Series[] {
  const { dateField, keyField, measure, buckets, grain, order = [], maxSeries = 8 } = options;
  const byKey = new Map<string, GroupRow[]>();
  for (const row of rows) {
    const key = keyOf(row[keyField]);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = totalsBy(rows, keyField, measure)
    .map((t) => t.key)
    .sort((a, b) => rank(a) - rank(b));
  const kept = keys.length > maxSeries ? keys.slice(0, maxSeries - 1) : keys;
  const series = kept.map((key) => ({
    key,
    label: labelOf(key),
    values: bucketTotals(byKey.get(key) ?? [], dateField, measure, buckets, grain),
  }));
  const folded = keys.slice(kept.length);
  if (folded.length) {
    const rest = folded.flatMap((key) => byKey.get(key) ?? []);
    series.push({
      key: OTHER_KEY,
      label: otherLabel(folded.length),
      values: bucketTotals(rest, dateField, measure, buckets, grain),
    });
  }
  return series;
}

/** Adds values bucket by bucket (a stacked chart's height). */
export function stackTotals(series: readonly Series[], length: number): number[] {
  return Array.from({ length }, (_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
}

const formatCell = (value: Cell, column: number) =>
  value === null ? "—" : column === 0 || typeof value === "string" ? String(value) : formatNumber(value);

export interface TableOptions {
  /** A stacked chart's height per bucket. */
  total?: boolean;
  /** The comparison line, aligned by bucket position as the chart draws it. */
  comparison?: { label: string; values: readonly number[] };
}

/** A chart's series as its table alternative: one row per bucket, one column per series. */
export function seriesTable(
  buckets: readonly string[],
  grain: Grain,
  series: readonly Series[],
  options: TableOptions = {},
): TableData {
  const { total, comparison } = options;
  const totals = stackTotals(series, buckets.length);
  return {
    columns: [
      "Period",
      ...series.map((s) => s.label),
      ...(total ? ["Total"] : []),
      ...(comparison ? [comparison.label] : []),
    ],
    rows: buckets.map((bucket, i) => [
      formatBucket(bucket, grain),
      ...series.map((s) => s.values[i] ?? 0),
      ...(total ? [totals[i] ?? 0] : []),
      ...(comparison ? [comparison.values[i] ?? 0] : []),
    ]),
    colors: [undefined, ...colorsFor(series.map((s) => s.key))],
    formatCell,
  };
}

/** Ranked items as a table: the label, then the measure. */
export function rankedTable(labelColumn: string, valueColumn: string, items: readonly Item[]): TableData {
  return {
    columns: [labelColumn, valueColumn],
    rows: items.map((item) => [item.label, item.value]),
    formatCell,
  };
}

/** Filter suggestions: the documented values plus every value the API returned, unknown ones included. */
export function optionValues(
  rows: readonly GroupRow[],
  field: string,
  documented: readonly string[] = [],
): string[] {
  const seen = rows.map((row) => keyOf(row[field])).filter(isValueKey);
  return [...new Set([...documented, ...seen])].sort((a, b) => a.localeCompare(b));
}

export interface RankOptions {
  /** The group field: each of its values is one item. */
  key: string;
  measure: string;
  /** How many items at most; all when absent. */
  limit?: number;
  /**
   * Past the limit, the last item adds up all the rest ("Other (n)"), so the items still sum to the whole. Without
   * it the rest is left out and only counted (restCount), for a card that says "Top 10 of 40".
   */
  other?: boolean;
  /** A group's label from its first row; its key's label when absent. */
  label?: (row: GroupRow) => string;
}

/** The groups largest first (equal ones by label), summed per key, as items for bars and their table. */
export function rankedItems(rows: readonly GroupRow[], options: RankOptions) {
  const {
    key,
    measure,
    limit = Infinity,
    other = false,
    label = (row) => labelOf(keyOf(row[key])),
  } = options;
  const labels = new Map<string, string>();
  for (const row of rows) if (!labels.has(keyOf(row[key]))) labels.set(keyOf(row[key]), label(row));
  const all = totalsBy(rows, key, measure)
    .map((t) => ({ key: t.key, label: labels.get(t.key) ?? t.key, value: t.value }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const kept = all.length <= limit ? all : all.slice(0, other ? limit - 1 : limit);
  const rest = all.slice(kept.length);
  // Two subscriptions may share a name (and a customer): the repeated ones carry their short id.
  const items: Item[] = distinctLabels(kept);
  if (other && rest.length)
    items.push({
      key: OTHER_KEY,
      label: otherLabel(rest.length),
      value: rest.reduce((sum, item) => sum + item.value, 0),
    });
  return { items, restCount: rest.length, count: all.length };
}

/** The rows of an answer, none while it is pending or failed. */
export const rowsOf = (data: { rows: readonly GroupRow[] } | undefined): readonly GroupRow[] =>
  data?.rows ?? [];

/** A measure per group in two periods, the groups with the most of it now first, ties by name. */
export function periodTotals(
  current: readonly GroupRow[],
  previous: readonly GroupRow[],
  key: string,
  measure: string,
): { name: string; current: number; previous: number }[] {
  const before = new Map(totalsBy(previous, key, measure).map((t) => [t.key, t.value]));
  const now = new Map(totalsBy(current, key, measure).map((t) => [t.key, t.value]));
  return [...new Set([...now.keys(), ...before.keys()])]
    .map((name) => ({ name, current: now.get(name) ?? 0, previous: before.get(name) ?? 0 }))
    .sort((a, b) => b.current - a.current || (a.name < b.name ? -1 : 1));
}
