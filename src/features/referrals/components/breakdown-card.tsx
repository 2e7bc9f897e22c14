import { cardStatus } from "../../../components/card-status.ts";
import { RankedBarsCard } from "../../../components/ranked-bars-card.tsx";
import type { DayRange } from "../../../lib/date-range.ts";
import { rankedItems } from "../../../lib/grouped-series.ts";
import { useGroup } from "../../../lib/use-groups.ts";
import { between, emptyMessage, type Drill } from "../../../lib/view-filters.ts";
import type { ReferralsView } from "../search-params.ts";
import { orgSizeItems } from "../lib/breakdown.ts";
import { breakdownQuery, type BreakdownField } from "../queries.ts";

const LIMIT = 10;
const CARDS = {
  customerMarket: {
    height: 320,
    title: "By customer market",
    heading: "Customer market",
    description:
      "Referrals created in the period, by the customer's market; the ten largest, then the rest together.",
  },
  customerOrgSize: {
    height: 200,
    title: "By organisation size",
    heading: "Organisation size",
    description: "Referrals created in the period, by the customer's number of employees.",
  },
} as const;

interface BreakdownCardProps {
  view: ReferralsView;
  range: DayRange;
  field: BreakdownField;
  drill: Drill;
}

export function BreakdownCard({ view, range, field, drill }: BreakdownCardProps) {
  const query = useGroup("referrals", breakdownQuery(view, range, field));
  const rows = query?.data?.rows ?? [];
  const items =
    field === "customerMarket"
      ? rankedItems(rows, { key: field, measure: "referralCount", limit: LIMIT, other: true }).items
      : orgSizeItems(rows);
  const card = CARDS[field];
  const empty =
    query?.data !== undefined &&
    items.every((item) => item.value === 0) &&
    emptyMessage("No referrals were created", between(range), view);
  return (
    <RankedBarsCard
      title={card.title}
      description={`${card.description} Choose a name to filter on it.`}
      height={card.height}
      status={cardStatus([query], empty)}
      items={items}
      labelColumn={card.heading}
      valueColumn="Referrals"
      unit="referrals"
      colorKey="referralCount"
      {...drill.on(field)}
    />
  );
}
