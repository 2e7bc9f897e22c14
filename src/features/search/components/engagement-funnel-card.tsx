import { ChartCard } from "../../../components/chart-card.tsx";
import { Funnel } from "../../../components/funnel.tsx";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import type { SearchView } from "../search-params.ts";
import { between, emptyMessage } from "../../../lib/view-filters.ts";
import { cardStatus } from "../../../components/card-status.ts";
import { engagementFunnel, funnelTable, totals } from "../lib/engagement.ts";
import { trendQuery } from "../queries.ts";
import { useGroup } from "../../../lib/use-groups.ts";

interface EngagementFunnelCardProps {
  view: SearchView;
  range: DayRange;
  grain: Grain;
}

export function EngagementFunnelCard({ view, range, grain }: EngagementFunnelCardProps) {
  const query = useGroup("search", trendQuery(view, range, grain));
  const current = query?.data?.rows;
  const steps = engagementFunnel(totals(current ?? []));
  return (
    <ChartCard
      title="Search funnel"
      description="From appearing in a search result page to a referral, with the share of the step before."
      height={260}
      status={cardStatus(
        [query],
        current !== undefined &&
          steps[0]!.value === 0 &&
          emptyMessage("Your listing appeared in no search results", between(range), view),
      )}
      table={funnelTable(steps)}
    >
      <Funnel steps={steps} />
    </ChartCard>
  );
}
