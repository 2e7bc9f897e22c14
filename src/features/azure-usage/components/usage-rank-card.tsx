import type { DayRange } from "../../../lib/date-range.ts";
import type { UsageView } from "../search-params.ts";
import { RankedBarsCard } from "../../../components/ranked-bars-card.tsx";
import { rankedItems, type GroupRow } from "../../../lib/grouped-series.ts";
import { between, emptyMessage, type Drill } from "../../../lib/view-filters.ts";
import { useGroup } from "../../../lib/use-groups.ts";
import { rankQuery, type RankField } from "../queries.ts";
import { otherUnitsOf, unitAnswer, usageCardStatus, type UnitState } from "./unit-state.ts";

interface UsageRankCardProps {
  view: UsageView;
  range: DayRange;
  unitState: UnitState;
  title: string;
  by: RankField;
  labelColumn: string;
  limit: number;
  /** Drill-down through this page filter; absent when the field is not one (subscription ids). */
  drill?: Drill;
  label?: (row: GroupRow) => string;
}

/** Top-N by quantity in the page's unit: locations, customers, subscriptions. */
export function UsageRankCard({
  view,
  range,
  unitState,
  title,
  by,
  labelColumn,
  limit,
  drill,
  label,
}: UsageRankCardProps) {
  const { unit } = unitState;
  const current = useGroup("usage/azure", unit ? rankQuery(view, range, unit, by) : null);
  const answer = unitAnswer(current, unit);
  const otherUnits = otherUnitsOf(unit, answer);
  const { items, restCount, count } = rankedItems(answer.rows, {
    key: by,
    measure: "quantity",
    limit,
    label,
  });
  const empty =
    current?.data !== undefined &&
    !items.some((item) => item.value > 0) &&
    emptyMessage(`No usage in ${unit} was recorded`, between(range), view);
  const shown = restCount ? `Top ${items.length} of ${count}` : `All ${count}`;
  return (
    <RankedBarsCard
      title={unit ? `${title} (${unit})` : title}
      description={
        unit && current?.data ? (
          <>
            {`${shown}, by total quantity in ${unit} over the range.`}
            {otherUnits && <span className="block text-amber-800 dark:text-amber-300">{otherUnits}</span>}
          </>
        ) : undefined
      }
      status={usageCardStatus(unitState, [current], empty)}
      items={items}
      labelColumn={labelColumn}
      valueColumn={unit ? `Quantity (${unit})` : "Quantity"}
      unit={unit ?? undefined}
      colorKey="quantity"
      {...drill?.on(by)}
    />
  );
}
