import type { GroupedRow } from "../../../api/resources.ts";
import type { BarItem } from "../../../components/charts/bar-list-chart.tsx";
import type { TableData } from "../../../lib/card-data.ts";
import { formatNumber } from "../../../lib/format.ts";
import type { FacetField } from "../queries.ts";

type Row = GroupedRow<"search">;
const NOT_SPECIFIED = "Not specified";
// Keys of bars that are not a value (searches without one, everything else): a control character never passes URL
// validation, so these can never collide with a real value.
const UNSET_KEY = "\u0000unset";
const OTHER_KEY = "\u0000other";
export const isValueKey = (key: string) => !key.startsWith("\u0000");

/**
 * Values by search result page views, largest first; past the limit the rest add up in one bar so the bars still
 * sum to the period. Searches that did not name the field (it is null) are a bar of their own.
 */
export function facetItems(rows: readonly Row[], field: FacetField, limit: number): BarItem[] {
  const items = rows
    .map((row) => ({
      key: row[field] ?? UNSET_KEY,
      label: row[field] ?? NOT_SPECIFIED,
      value: row.searchResultPageViews ?? 0,
    }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  if (items.length <= limit) return items;
  const rest = items.slice(limit - 1);
  return [
    ...items.slice(0, limit - 1),
    {
      key: OTHER_KEY,
      label: `All others (${rest.length})`,
      value: rest.reduce((sum, item) => sum + item.value, 0),
    },
  ];
}

export function facetTable(items: readonly BarItem[], heading: string): TableData {
  return {
    columns: [heading, "Search result page views"],
    rows: items.map((item) => [item.label, item.value]),
    formatCell: (value, column) => (column === 1 ? formatNumber(Number(value)) : String(value)),
  };
}

/** Values the API returned, offered as suggestions in the filter bar. */
export function seenValues(rows: readonly Row[], field: FacetField): string[] {
  return rows.flatMap((row) => (row[field] ? [row[field]] : [])).sort((a, b) => a.localeCompare(b));
}
