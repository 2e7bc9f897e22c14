import { CardGrid } from "../../../components/card-grid.tsx";
import { useApi } from "../../../api/api-context.tsx";
import { KpiTile } from "../../../components/kpi-tile.tsx";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import type { ViewState } from "../../../lib/view-state.ts";
import { snapshotTotals } from "../lib/market-totals.ts";
import { marketQuery, newResellersQuery } from "../queries.ts";
import { usePeriodQuery } from "../../../lib/use-period-query.ts";
import { useQueryKeepingPrevious } from "../../../lib/use-groups.ts";

interface ResellerKpisProps {
  view: ViewState;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
}

const sum = (rows: readonly { indirectResellerCount?: number | null }[]) =>
  rows.reduce((total, row) => total + (row.indirectResellerCount ?? 0), 0);

/** Today's totals (the API keeps no history of them), then the resellers new in the period against the compared one. */
export function ResellerKpis({ view, range, compared, grain }: ResellerKpisProps) {
  const { queries } = useApi();
  const snapshot = useQueryKeepingPrevious(queries.indirectresellers.grouped(marketQuery(view)));
  const fresh = usePeriodQuery(
    "indirectresellers",
    (r) => newResellersQuery(view, r, grain),
    range,
    compared,
  );
  const totals = snapshot.data && snapshotTotals(snapshot.data.rows);
  const now = { pending: snapshot.isPending, error: snapshot.error, onRetry: () => void snapshot.refetch() };
  return (
    <section aria-labelledby="reseller-kpis" className="space-y-2">
      <h2 id="reseller-kpis" className="sr-only">
        Key figures
      </h2>
      <CardGrid columns={4}>
        <KpiTile label="Indirect resellers" measure="resellers" value={totals?.resellers ?? null} {...now} />
        <KpiTile
          label="Their subscriptions"
          measure="reseller-subscriptions"
          value={totals?.subscriptions ?? null}
          {...now}
        />
        <KpiTile
          label="Their licences"
          measure="reseller-licences"
          value={totals?.licences ?? null}
          {...now}
        />
        <KpiTile
          label="New resellers"
          measure="new-resellers"
          value={fresh.current ? sum(fresh.current) : null}
          previous={fresh.previous ? sum(fresh.previous) : null}
          comparedRange={compared}
          pending={fresh.status.pending}
          error={fresh.status.error}
          onRetry={fresh.status.retry}
        />
      </CardGrid>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Resellers, subscriptions and licences are totals as of today: Partner Center reports only the current
        state, so they do not follow the period or the comparison. New resellers are those whose first
        subscription was created in the period.
      </p>
    </section>
  );
}
