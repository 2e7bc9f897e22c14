import { KpiSection } from "../../../components/kpi-section.tsx";
import { KpiTile } from "../../../components/kpi-tile.tsx";
import type { DayRange } from "../../../lib/date-range.ts";
import type { ReferralsView } from "../search-params.ts";
import { FUNNEL_STEPS, referralFunnel } from "../lib/funnel.ts";
import { funnelQuery } from "../queries.ts";
import { usePeriods } from "../../../lib/use-groups.ts";
import { tileFigures } from "../../../components/card-status.ts";
import type { MeasureKey } from "../../../lib/measures.ts";

const STEP_MEASURES = {
  Created: "referrals-created",
  Acknowledged: "referrals-acknowledged",
  Accepted: "referrals-accepted",
  Won: "referrals-won",
} as const satisfies Record<(typeof FUNNEL_STEPS)[number], MeasureKey>;

interface ReferralKpisProps {
  view: ReferralsView;
  range: DayRange;
  compared: DayRange | null;
}

/** The funnel's steps as headline numbers, each against the compared period. */
export function ReferralKpis({ view, range, compared }: ReferralKpisProps) {
  const results = usePeriods("referrals", (r) => funnelQuery(view, r), range, compared);
  return (
    <KpiSection>
      {FUNNEL_STEPS.map((step, i) => (
        <KpiTile
          key={step}
          label={`Referrals ${step.toLowerCase()}`}
          measure={STEP_MEASURES[step]}
          comparedRange={compared}
          {...tileFigures(results, (rows) => referralFunnel(rows)[i]!.value)}
        />
      ))}
    </KpiSection>
  );
}
