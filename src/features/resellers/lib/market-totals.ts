import type { GroupedRow } from "../../../api/resources.ts";
import type { BarItem } from "../../../components/charts/bar-list-chart.tsx";
import type { TableData } from "../../../lib/card-data.ts";
import { formatNumber } from "../../../lib/format.ts";

type Row = GroupedRow<"indirectresellers">;
const NO_MARKET = "No market";
// Keys of bars that are not a market (none given, everything else): a control character never passes URL
// validation, so these can never collide with a real market.
const UNSET_KEY = "\u0000unset";
const OTHER_KEY = "\u0000other";
export const isMarketKey = (key: string) => !key.startsWith("\u0000");

export interface SnapshotTotals {
  resellers: number;
  subscriptions: number;
  licences: number;
}

export function snapshotTotals(rows: readonly Row[]): SnapshotTotals {
  const sum = (pick: (row: Row) => number | null | undefined) =>
    rows.reduce((total, row) => total + (pick(row) ?? 0), 0);
  return {
    resellers: sum((r) => r.indirectResellerCount),
    subscriptions: sum((r) => r.subscriptionCount),
    licences: sum((r) => r.licenseCount),
  };
}

/** Resellers per market, largest first; past the limit the rest share one bar so the bars still sum to the total. */
export function marketItems(rows: readonly Row[], limit: number): BarItem[] {
  const items = rows
    .map((row) => ({
      key: row.market ?? UNSET_KEY,
      label: row.market ?? NO_MARKET,
      value: row.indirectResellerCount ?? 0,
    }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  if (items.length <= limit) return items;
  const rest = items.slice(limit - 1);
  return [
    ...items.slice(0, limit - 1),
    {
      key: OTHER_KEY,
      label: `Other markets (${rest.length})`,
      value: rest.reduce((sum, item) => sum + item.value, 0),
    },
  ];
}

export function itemsTable(items: readonly BarItem[], heading: string, measure: string): TableData {
  return {
    columns: [heading, measure],
    rows: items.map((item) => [item.label, item.value]),
    formatCell: (value, column) => (column === 1 ? formatNumber(Number(value)) : String(value)),
  };
}

/** Markets the API returned, offered as suggestions in the filter bar. */
export function seenMarkets(rows: readonly Row[]): string[] {
  return rows.flatMap((row) => (row.market ? [row.market] : [])).sort((a, b) => a.localeCompare(b));
}
