import { useQueryKeepingPrevious } from "../../../lib/use-groups.ts";
import { useApi } from "../../../api/api-context.tsx";
import { ChartCard } from "../../../components/chart-card.tsx";
import { BarListChart } from "../../../components/charts/bar-list-chart.tsx";
import type { DayRange } from "../../../lib/date-range.ts";
import type { ViewState } from "../../../lib/view-state.ts";
import { isValueKey, itemsTable, orgSizeItems, topItems } from "../lib/breakdown.ts";
import { emptyReason } from "../lib/empty-reason.ts";
import { breakdownQuery, type BreakdownField } from "../queries.ts";

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
  view: ViewState;
  range: DayRange;
  field: BreakdownField;
  /** A bar was chosen: filter the page on its value. */
  onSelect: (field: BreakdownField, value: string) => void;
}

export function BreakdownCard({ view, range, field, onSelect }: BreakdownCardProps) {
  const { queries } = useApi();
  const query = useQueryKeepingPrevious(queries.referrals.grouped(breakdownQuery(view, range, field)));
  const rows = query.data?.rows ?? [];
  const items = field === "customerMarket" ? topItems(rows, field, 10, "Other markets") : orgSizeItems(rows);
  const card = CARDS[field];
  const { height } = card;
  return (
    <ChartCard
      title={card.title}
      description={`${card.description} Choose a name to filter on it.`}
      height={height}
      status={{
        pending: query.isPending,
        error: query.error,
        retry: () => void query.refetch(),
        empty:
          query.data !== undefined && items.every((item) => item.value === 0) && emptyReason(view, range),
      }}
      table={itemsTable(items, card.heading)}
    >
      <BarListChart
        items={items}
        height={height}
        unit="referrals"
        colorKey="referralCount"
        onSelect={(key) => onSelect(field, key)}
        canSelect={isValueKey}
        selectLabel={`Filter by ${card.heading.toLowerCase()}`}
      />
    </ChartCard>
  );
}
