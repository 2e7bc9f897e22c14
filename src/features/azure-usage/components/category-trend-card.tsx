import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { bucketStarts } from "../../../lib/time-buckets.ts";
import { ComparisonNote } from "../../../components/comparison-note.tsx";
import { StackedTrendCard } from "../../../components/stacked-trend-card.tsx";
import { pivotSeries, sumMeasure } from "../../../lib/grouped-series.ts";
import { between, emptyMessage, type Drill } from "../../../lib/view-filters.ts";
import { usePeriods } from "../../../lib/use-groups.ts";
import { categoryTrendQuery, trendField } from "../queries.ts";
import type { UsageView } from "../search-params.ts";
import { otherUnitsOf, unitAnswer, usageCardStatus, type UnitState } from "./unit-state.ts";
import { Button } from "../../../components/ui/button.tsx";

interface CategoryTrendCardProps {
  view: UsageView;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
  unitState: UnitState;
  drill: Drill;
  onShowAllCategories: () => void;
}

export function CategoryTrendCard({
  view,
  range,
  compared,
  grain,
  unitState,
  drill,
  onShowAllCategories,
}: CategoryTrendCardProps) {
  const { unit } = unitState;
  const field = trendField(view);
  const results = usePeriods(
    "usage/azure",
    (r) => (unit ? categoryTrendQuery(view, r, grain, unit) : null),
    range,
    compared,
  );
  const [current, previous] = results;
  const [now, before] = [unitAnswer(current, unit), unitAnswer(previous, unit)];
  const otherUnits = otherUnitsOf(unit, now, before);
  const rows = now.rows;
  const buckets = bucketStarts(range, grain);
  const series = pivotSeries(rows, {
    dateField: "usageDate",
    keyField: field,
    measure: "quantity",
    buckets,
    grain,
  });
  const total = sumMeasure(rows, "quantity");
  const empty =
    current?.data !== undefined &&
    total === 0 &&
    emptyMessage(`No usage in ${unit} was recorded`, between(range), view);
  const categories = view.filters.meterCategory ?? [];
  const drillingDown = field === "meterSubcategory";
  const title = drillingDown ? `Usage by subcategory of ${categories.join(", ")}` : "Usage by meter category";
  const description = (
    <>
      {unit ? `In ${unit}, by usage date. ` : ""}
      {drillingDown ? "Split by meter subcategory." : "Choose a category to see its subcategories."}
      {otherUnits && <span className="block text-amber-800 dark:text-amber-300">{otherUnits}</span>}
      {current?.data && unit && (
        <ComparisonNote
          label="Total"
          measure="usage-quantity"
          unit={unit}
          current={total}
          previous={previous?.data && sumMeasure(before.rows, "quantity")}
          compared={compared}
        />
      )}
      {drillingDown && (
        <Button look="link" onClick={onShowAllCategories} className="mt-1 block">
          Back to all categories
        </Button>
      )}
    </>
  );
  return (
    <StackedTrendCard
      title={title}
      description={description}
      status={usageCardStatus(unitState, results, empty)}
      buckets={buckets}
      grain={grain}
      range={range}
      series={series}
      kind="stacked-area"
      height={320}
      unit={unit ?? undefined}
      drillLabel={drillingDown ? "Filter by subcategory" : "Show subcategories of"}
      {...drill.on(field)}
    />
  );
}
