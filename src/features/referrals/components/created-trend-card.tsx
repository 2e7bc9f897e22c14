import { ComparedTrendCard } from "../../../components/compared-trend-card.tsx";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { between, emptyMessage } from "../../../lib/view-filters.ts";
import type { ReferralsView } from "../search-params.ts";
import { trendQuery } from "../queries.ts";

interface CreatedTrendCardProps {
  view: ReferralsView;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
}

export function CreatedTrendCard({ view, range, compared, grain }: CreatedTrendCardProps) {
  return (
    <ComparedTrendCard
      resource="referrals"
      title="Referrals created over time"
      description={`Referrals created per ${grain}.`}
      measure="Referrals created"
      query={(r) => trendQuery(view, r, grain)}
      dateField="createdDate"
      countField="referralCount"
      range={range}
      compared={compared}
      grain={grain}
      emptyText={emptyMessage("No referrals were created", between(range), view)}
    />
  );
}
