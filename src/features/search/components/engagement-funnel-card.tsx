import { ChartCard } from "../../../components/chart-card.tsx";
import { Funnel } from "../../../components/funnel.tsx";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import type { ViewState } from "../../../lib/view-state.ts";
import { emptyReason } from "../lib/empty-reason.ts";
import { engagementFunnel, funnelTable, totals } from "../lib/engagement.ts";
import { trendQuery } from "../queries.ts";
import { usePeriodQuery } from "../../../lib/use-period-query.ts";

interface EngagementFunnelCardProps {
  view: ViewState;
  range: DayRange;
  grain: Grain;
}

export function EngagementFunnelCard({ view, range, grain }: EngagementFunnelCardProps) {
  const { current, status } = usePeriodQuery("search", (r) => trendQuery(view, r, grain), range, null);
  const steps = engagementFunnel(totals(current ?? []));
  return (
    <ChartCard
      title="Search funnel"
      description="From appearing in a search result page to a referral, with the share of the step before."
      height={260}
      status={{
        ...status,
        empty: current !== undefined && steps[0]!.value === 0 && emptyReason(view, range),
      }}
      table={funnelTable(steps)}
    >
      <Funnel steps={steps} />
    </ChartCard>
  );
}
