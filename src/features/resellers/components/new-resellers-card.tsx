import { ComparedTrendCard } from "../../../components/compared-trend-card.tsx";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { between, emptyMessage } from "../../../lib/view-filters.ts";
import type { ResellersView } from "../search-params.ts";
import { newResellersQuery } from "../queries.ts";

interface NewResellersCardProps {
  view: ResellersView;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
}

export function NewResellersCard({ view, range, compared, grain }: NewResellersCardProps) {
  return (
    <ComparedTrendCard
      resource="indirectresellers"
      title="New resellers over time"
      description={`Resellers by the ${grain} of their first subscription; resellers that never sold have no first date and are not counted.`}
      measure="New resellers"
      query={(r) => newResellersQuery(view, r, grain)}
      dateField="firstSubscriptionCreationDate"
      countField="indirectResellerCount"
      range={range}
      compared={compared}
      grain={grain}
      emptyText={emptyMessage("No reseller sold its first subscription", between(range), view)}
    />
  );
}
