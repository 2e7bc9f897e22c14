import type { GroupedRow } from "../../../api/resources.ts";
import type { BarItem } from "../../../components/charts/bar-list-chart.tsx";
import type { TableData } from "../../../lib/card-data.ts";
import { formatNumber } from "../../../lib/format.ts";

type Field = "customerMarket" | "customerOrgSize";
const NOT_SET = "Not set";
// Keys of bars that are not a value (no value, everything else): a control character never passes URL validation,
// so these can never collide with a real market or size.
const UNSET_KEY = "\u0000unset";
const OTHER_KEY = "\u0000other";
export const isValueKey = (key: string) => !key.startsWith("\u0000");

const counts = (rows: readonly GroupedRow<"referrals">[], field: Field): BarItem[] =>
  rows.map((row) => ({
    key: row[field] ?? UNSET_KEY,
    label: row[field] ?? NOT_SET,
    value: row.referralCount ?? 0,
  }));

/** The largest groups, then one bar adding up the rest, so the bars still sum to the cohort. */
export function topItems(
  rows: readonly GroupedRow<"referrals">[],
  field: Field,
  limit: number,
  otherLabel: string,
): BarItem[] {
  const items = counts(rows, field).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  if (items.length <= limit) return items;
  const rest = items.slice(limit - 1);
  return [
    ...items.slice(0, limit - 1),
    {
      key: OTHER_KEY,
      label: `${otherLabel} (${rest.length})`,
      value: rest.reduce((sum, item) => sum + item.value, 0),
    },
  ];
}

const SIZE = /^(\d+)(?:to(\d+)|plus)employees$/i;

/** "10to50employees" → "10–50 employees"; a value of another shape is shown as it comes. */
export function orgSizeLabel(value: string): string {
  const match = SIZE.exec(value);
  if (!match) return value;
  return match[2] ? `${match[1]}–${match[2]} employees` : `${match[1]}+ employees`;
}

/** Organisation sizes smallest first; sizes of an unknown shape follow, largest count first. */
export function orgSizeItems(rows: readonly GroupedRow<"referrals">[]): BarItem[] {
  const lower = (key: string) => {
    const match = SIZE.exec(key);
    return match ? Number(match[1]) : Infinity;
  };
  return counts(rows, "customerOrgSize")
    .map((item) => ({ ...item, label: isValueKey(item.key) ? orgSizeLabel(item.key) : NOT_SET }))
    .sort((a, b) => lower(a.key) - lower(b.key) || b.value - a.value || a.key.localeCompare(b.key));
}

export function itemsTable(items: readonly BarItem[], heading: string): TableData {
  return {
    columns: [heading, "Referrals"],
    rows: items.map((item) => [item.label, item.value]),
    formatCell: (value, column) => (column === 1 ? formatNumber(Number(value)) : String(value)),
  };
}

/** Values the API returned, offered as suggestions in the filter bar. */
export function seenValues(rows: readonly GroupedRow<"referrals">[], field: Field): string[] {
  return rows.flatMap((row) => (row[field] ? [row[field]] : [])).sort((a, b) => a.localeCompare(b));
}
