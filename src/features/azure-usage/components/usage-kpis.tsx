import { KpiTile } from "../../../components/kpi-tile.tsx";
import type { DayRange } from "../../../lib/date-range.ts";
import type { UsageView } from "../search-params.ts";
import { cardStatus } from "../../../components/card-status.ts";
import { measureOf, sumMeasure, type GroupRow } from "../../../lib/grouped-series.ts";
import { usePeriods } from "../../../lib/use-groups.ts";
import { rankQuery } from "../queries.ts";
import { otherUnitsOf, unitAnswer, type UnitState } from "./unit-state.ts";

interface UsageKpisProps {
  view: UsageView;
  range: DayRange;
  compared: DayRange | null;
  unitState: UnitState;
}

const categoriesUsed = (rows: readonly GroupRow[]) =>
  rows.filter((row) => measureOf(row, "quantity") > 0).length;

export function UsageKpis({ view, range, compared, unitState }: UsageKpisProps) {
  const { unit, facet } = unitState;
  const results = usePeriods(
    "usage/azure",
    (r) => (unit ? rankQuery(view, r, unit, "meterCategory") : null),
    range,
    compared,
  );
  const [current, previous] = results;
  // Until a unit is known the tiles show the unit query's state.
  const status = cardStatus(unit ? results : [facet]);
  const [now, before] = [unitAnswer(current, unit), unitAnswer(previous, unit)];
  const otherUnits = otherUnitsOf(unit, now, before);
  const tile = (measure: (rows: readonly GroupRow[]) => number) => ({
    value: current?.data ? measure(now.rows) : unit ? null : 0,
    previous: previous?.data ? measure(before.rows) : null,
    comparedRange: compared,
    pending: status.pending,
    error: status.error,
    onRetry: status.retry,
  });
  return (
    <section aria-labelledby="usage-kpis">
      <h2 id="usage-kpis" className="sr-only">
        Key figures
      </h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <KpiTile
          label="Total usage"
          measure="usage-quantity"
          unit={unit ?? undefined}
          {...tile((rows) => sumMeasure(rows, "quantity"))}
        />
        <KpiTile label="Meter categories with usage" measure="meter-categories" {...tile(categoriesUsed)} />
      </div>
      {otherUnits && (
        <p role="note" className="mt-2 text-sm text-amber-800 dark:text-amber-300">
          {otherUnits}
        </p>
      )}
    </section>
  );
}
