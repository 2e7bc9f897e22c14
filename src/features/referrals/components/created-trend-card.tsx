import { ComparedTrendCard } from "../../../components/compared-trend-card.tsx";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import type { ViewState } from "../../../lib/view-state.ts";
import { emptyReason } from "../lib/empty-reason.ts";
import { trendQuery } from "../queries.ts";

interface CreatedTrendCardProps {
  view: ViewState;
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
      dateOf={(row) => row.createdDate}
      countOf={(row) => row.referralCount}
      range={range}
      compared={compared}
      grain={grain}
      emptyText={emptyReason(view, range)}
    />
  );
}
