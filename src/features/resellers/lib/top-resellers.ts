import type { GroupedRow } from "../../../api/resources.ts";
import type { BarItem } from "../../../components/charts/bar-list-chart.tsx";
import type { RankMeasure } from "../queries.ts";

/**
 * One bar per reseller in the order the API ranked them. Names are not unique (two resellers can share one), and
 * the chart's axis is keyed by label, so a repeated name carries the reseller id.
 */
export function topResellerItems(
  rows: readonly GroupedRow<"indirectresellers">[],
  measure: RankMeasure,
): BarItem[] {
  const names = rows.map((row) => row.name ?? "Unnamed reseller");
  return rows.map((row, i) => {
    const name = names[i]!;
    const repeated = names.indexOf(name) !== names.lastIndexOf(name);
    return {
      key: row.id ?? name,
      label: repeated ? `${name} (${row.id ?? "no id"})` : name,
      value: row[measure] ?? 0,
    };
  });
}
