import { tileFigures } from "../../../components/card-status.ts";
import { KpiSection } from "../../../components/kpi-section.tsx";
import { KpiTile } from "../../../components/kpi-tile.tsx";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import type { ResellersView } from "../search-params.ts";
import { snapshotTotals, type SnapshotTotals } from "../lib/market-totals.ts";
import { marketQuery, newResellersQuery } from "../queries.ts";
import { sumMeasure } from "../../../lib/grouped-series.ts";
import { useGroup, usePeriods } from "../../../lib/use-groups.ts";

interface ResellerKpisProps {
  view: ResellersView;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
}

/** Today's totals (the API keeps no history of them), then the resellers new in the period against the compared one. */
export function ResellerKpis({ view, range, compared, grain }: ResellerKpisProps) {
  // Today's totals have no comparison period.
  const snapshot = [useGroup("indirectresellers", marketQuery(view)), undefined] as const;
  const fresh = usePeriods("indirectresellers", (r) => newResellersQuery(view, r, grain), range, compared);
  const today = (of: keyof SnapshotTotals) => tileFigures(snapshot, (rows) => snapshotTotals(rows)[of]);
  return (
    <KpiSection
      note={
        <>
          Resellers, subscriptions and licences are totals as of today: Partner Center reports only the
          current state, so they do not follow the period or the comparison. New resellers are those whose
          first subscription was created in the period.
        </>
      }
    >
      <KpiTile label="Indirect resellers" measure="resellers" {...today("resellers")} />
      <KpiTile label="Their subscriptions" measure="reseller-subscriptions" {...today("subscriptions")} />
      <KpiTile label="Their licences" measure="reseller-licences" {...today("licences")} />
      <KpiTile
        label="New resellers"
        measure="new-resellers"
        comparedRange={compared}
        {...tileFigures(fresh, (rows) => sumMeasure(rows, "indirectResellerCount"))}
      />
    </KpiSection>
  );
}
