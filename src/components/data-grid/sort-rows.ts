import type { FieldKind } from "../../api/resources.ts";

export type GridRow = Readonly<Record<string, unknown>>;

// Sort keys are numbers, computed once per rows array and field (a WeakMap lets them go with the rows), so
// asc ↔ desc or a second click on the column only re-sorts indices (~30 ms for 100k rows). Text is compared by
// its folded form with `<`: Intl.Collator takes ~300 ms for 100k distinct names, too slow for a click.
const keyCache = new WeakMap<readonly GridRow[], Map<string, Float64Array>>();

const NON_ASCII = /[\u0080-\uffff]/;

/** Case- and accent-insensitive text: "Müller" and "muller" sort (and filter) together. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize("NFKD").replace(/\p{M}/gu, "") : lower;
}

/** Text ranks (equal folded text, equal rank), NaN for null: one string sort, then numbers from there on. */
function textRanks(rows: readonly GridRow[], field: string): Float64Array {
  const folded: string[] = new Array<string>(rows.length);
  const present: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const value = rows[i]![field];
    if (value === null || value === undefined) continue;
    folded[i] = foldText(String(value));
    present.push(i);
  }
  present.sort((a, b) => (folded[a]! < folded[b]! ? -1 : folded[a]! > folded[b]! ? 1 : 0));
  const ranks = new Float64Array(rows.length).fill(Number.NaN);
  let rank = 0;
  for (let k = 0; k < present.length; k++) {
    if (k > 0 && folded[present[k]!] !== folded[present[k - 1]!]) rank++;
    ranks[present[k]!] = rank;
  }
  return ranks;
}

function numericKeys(rows: readonly GridRow[], field: string, kind: FieldKind): Float64Array {
  const keys = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value = rows[i]![field];
    if (kind === "date") keys[i] = typeof value === "string" ? Date.parse(value) : Number.NaN;
    else if (kind === "boolean") keys[i] = typeof value === "boolean" ? Number(value) : Number.NaN;
    else keys[i] = typeof value === "number" ? value : Number.NaN;
  }
  return keys;
}

export function sortKeys(rows: readonly GridRow[], field: string, kind: FieldKind): Float64Array {
  let byField = keyCache.get(rows);
  if (!byField) keyCache.set(rows, (byField = new Map()));
  let keys = byField.get(field);
  if (!keys)
    byField.set(field, (keys = kind === "string" ? textRanks(rows, field) : numericKeys(rows, field, kind)));
  return keys;
}

/** Row indices in sort order; nulls last in both directions; equal keys keep their loaded order. */
export function sortOrder(
  rows: readonly GridRow[],
  field: string,
  kind: FieldKind,
  desc: boolean,
): Uint32Array {
  const keys = sortKeys(rows, field, kind);
  const signed = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    signed[i] = Number.isNaN(key) ? Number.POSITIVE_INFINITY : desc ? -key : key;
  }
  const order = new Uint32Array(keys.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  // Infinity - Infinity is NaN, which `||` turns into the index tie-break.
  return order.sort((a, b) => signed[a]! - signed[b]! || a - b);
}
