import type { Item } from "../../../lib/card-data.ts";
import { keyOf, labelOf, rankedItems, type GroupRow } from "../../../lib/grouped-series.ts";

const SIZE = /^(\d+)(?:to(\d+)|plus)employees$/i;

/** "10to50employees" → "10–50 employees"; a value of another shape is shown as it comes. */
export function orgSizeLabel(value: string): string {
  const match = SIZE.exec(value);
  if (!match) return value;
  return match[2] ? `${match[1]}–${match[2]} employees` : `${match[1]}+ employees`;
}

/** Organisation sizes smallest first; sizes of an unknown shape follow, largest count first. */
export function orgSizeItems(rows: readonly GroupRow[]): Item[] {
  const lower = (key: string) => {
    const match = SIZE.exec(key);
    return match ? Number(match[1]) : Infinity;
  };
  const { items } = rankedItems(rows, {
    key: "customerOrgSize",
    measure: "referralCount",
    label: (row) => orgSizeLabel(labelOf(keyOf(row.customerOrgSize))),
  });
  return items.sort((a, b) => lower(a.key) - lower(b.key) || b.value - a.value || a.key.localeCompare(b.key));
}
