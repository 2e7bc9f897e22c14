import { cardStatus } from "../../../components/card-status.ts";
import { ChartCard } from "../../../components/chart-card.tsx";
import { Funnel } from "../../../components/funnel.tsx";
import type { DayRange } from "../../../lib/date-range.ts";
import { useGroup } from "../../../lib/use-groups.ts";
import { between, emptyMessage } from "../../../lib/view-filters.ts";
import type { ReferralsView } from "../search-params.ts";
import { funnelTable, referralFunnel } from "../lib/funnel.ts";
import { funnelQuery } from "../queries.ts";

interface FunnelCardProps {
  view: ReferralsView;
  range: DayRange;
  /** A step or exit was chosen: its key is the status to filter on. */
  onSelectStatus: (status: string) => void;
}

export function FunnelCard({ view, range, onSelectStatus }: FunnelCardProps) {
  const query = useGroup("referrals", funnelQuery(view, range));
  const steps = query?.data ? referralFunnel(query.data.rows) : [];
  const empty = steps[0]?.value === 0 && emptyMessage("No referrals were created", between(range), view);
  return (
    <ChartCard
      title="Referral funnel"
      description="Referrals created in the period and how far they got: a step counts when its date is set. Exits are listed under the step they left from; archived referrals under the last step they reached. Choose a step or an exit to show referrals with that status now."
      height={300}
      status={cardStatus([query], empty)}
      table={funnelTable(steps)}
    >
      <Funnel steps={steps} onSelect={onSelectStatus} />
    </ChartCard>
  );
}
