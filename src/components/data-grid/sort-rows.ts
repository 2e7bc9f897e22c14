import type { FieldKind } from "../../api/resources.ts";

export type GridRow = Readonly<Record<string, unknown>>;

// Sort keys are numbers, computed once per rows array and field (a WeakMap lets them go with the rows), so a
// second click on the same column, or asc ↔ desc, only re-sorts indices: ~30 ms for 100k rows instead of
// comparing strings with Intl.Collator (~300 ms for 100k distinct names).
const keyCache = new WeakMap<readonly GridRow[], Map<string, Float64Array>>();

const NON_ASCII = /[\u0080-\uffff]/;

/** Case- and accent-insensitive text: "Müller" and "muller" sort (and filter) together. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize("NFKD").replace(/\p{M}/gu, "") : lower;
}

/** Text ranks: distinct values sorted once by their folded form (ties by the exact text), NaN for null. */
function textRanks(rows: readonly GridRow[], field: string): Float64Array {
  const slotOf = new Map<string, number>();
  const distinct: string[] = [];
  const slots = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value = rows[i]![field];
    if (value === null || value === undefined) {
      slots[i] = -1;
      continue;
    }
    const text = String(value);
    let slot = slotOf.get(text);
    if (slot === undefined) {
      slot = distinct.length;
      slotOf.set(text, slot);
      distinct.push(text);
    }
    slots[i] = slot;
  }
  const folded = distinct.map(foldText);
  const bySort = distinct.map((_, i) => i);
  bySort.sort((a, b) => {
    const x = folded[a]!;
    const y = folded[b]!;
    if (x !== y) return x < y ? -1 : 1;
    return distinct[a]! < distinct[b]! ? -1 : distinct[a]! > distinct[b]! ? 1 : 0;
  });
  const rankOf = new Float64Array(distinct.length);
  bySort.forEach((slot, rank) => (rankOf[slot] = rank));
  const ranks = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) ranks[i] = slots[i]! < 0 ? Number.NaN : rankOf[slots[i]!]!;
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
  if (!keys) byField.set(field, (keys = kind === "string" ? textRanks(rows, field) : numericKeys(rows, field, kind)));
  return keys;
}

/** Row indices in sort order; nulls last in both directions; equal keys keep their loaded order. */
export function sortOrder(rows: readonly GridRow[], field: string, kind: FieldKind, desc: boolean): Uint32Array {
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
