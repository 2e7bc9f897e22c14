import { CardGrid } from "../../components/card-grid.tsx";
import { useGroup } from "../../lib/use-groups.ts";
import { ResourceGrid } from "../../components/data-grid/resource-grid.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { comparisonRange, effectiveGrain, type DayRange } from "../../lib/date-range.ts";
import { formatDayRange } from "../../lib/format.ts";
import type { ViewStateApi } from "../../lib/use-view-state.ts";
import { withPageState } from "../../components/with-page-state.tsx";
import type { ReferralsView } from "./search-params.ts";
import { BreakdownCard } from "./components/breakdown-card.tsx";
import { CreatedTrendCard } from "./components/created-trend-card.tsx";
import { DelayCard } from "./components/delay-card.tsx";
import { FunnelCard } from "./components/funnel-card.tsx";
import { ReferralKpis } from "./components/referral-kpis.tsx";
import { optionValues } from "../../lib/grouped-series.ts";
import { drillFor } from "../../lib/view-filters.ts";
import { breakdownQuery, cohortFilter, type BreakdownField } from "./queries.ts";
import { referralGridColumns, referralsSchema } from "./search-params.ts";

/** Markets and sizes the breakdown cards already loaded (same queries, shared cache), as filter suggestions. */
function useFilterOptions(view: ReferralsView, range: DayRange) {
  const markets = useGroup("referrals", breakdownQuery(view, range, "customerMarket"));
  const sizes = useGroup("referrals", breakdownQuery(view, range, "customerOrgSize"));
  return {
    customerMarket: optionValues(markets?.data?.rows ?? [], "customerMarket"),
    customerOrgSize: optionValues(sizes?.data?.rows ?? [], "customerOrgSize"),
  };
}

export const ReferralsPage = withPageState(
  referralsSchema,
  function ReferralsPage({ state }: { state: ViewStateApi<typeof referralsSchema.filters> }) {
    const { view, range, setView } = state;
    const compared = comparisonRange(range, view.compare);
    const grain = effectiveGrain(range, view.grain);
    const options = useFilterOptions(view, range);
    const drill = drillFor(referralsSchema.filters, setView);

    return (
      <div className="space-y-6">
        <PageHeader
          title="Referrals"
          intro={
            <>
              Referrals created {formatDayRange(range)}: how far they got, how fast, and where they came from.
            </>
          }
          schema={referralsSchema}
          state={state}
          options={options}
        />
        <ReferralKpis view={view} range={range} compared={compared} />
        <CardGrid columns={2}>
          <FunnelCard view={view} range={range} onSelectStatus={(status) => drill.to("status", status)} />
          <DelayCard view={view} range={range} compared={compared} />
          <div className="lg:col-span-2">
            <CreatedTrendCard view={view} range={range} compared={compared} grain={grain} />
          </div>
          {(["customerMarket", "customerOrgSize"] as const satisfies readonly BreakdownField[]).map(
            (field) => (
              <BreakdownCard key={field} view={view} range={range} field={field} drill={drill} />
            ),
          )}
        </CardGrid>
        <ResourceGrid
          resource="referrals"
          title="Referrals created in the period"
          filter={cohortFilter(view, range)}
          columns={referralGridColumns}
          schema={referralsSchema}
          range={range}
          fileName="referrals"
        />
      </div>
    );
  },
);
