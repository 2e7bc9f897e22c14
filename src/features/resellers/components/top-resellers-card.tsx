import { useApi } from "../../../api/api-context.tsx";
import { ChartCard } from "../../../components/chart-card.tsx";
import { BarListChart } from "../../../components/charts/bar-list-chart.tsx";
import { formatNumber } from "../../../lib/format.ts";
import type { ViewState } from "../../../lib/view-state.ts";
import { noResellers } from "../lib/empty-reason.ts";
import { itemsTable } from "../lib/market-totals.ts";
import { topResellerItems } from "../lib/top-resellers.ts";
import { firstPageOptions, TOP, topResellersQuery, type RankMeasure } from "../queries.ts";
import { useQueryKeepingPrevious } from "../../../lib/use-groups.ts";

const HEIGHT = TOP * 30;
const MEASURES = {
  subscriptionCount: {
    title: "Top resellers by subscriptions",
    unit: "subscriptions",
    column: "Subscriptions",
  },
  licenseCount: { title: "Top resellers by licences", unit: "licences", column: "Licences" },
} as const satisfies Record<RankMeasure, unknown>;

export function TopResellersCard({ view, measure }: { view: ViewState; measure: RankMeasure }) {
  const { client, queries } = useApi();
  const query = useQueryKeepingPrevious(firstPageOptions(client, queries, topResellersQuery(view, measure)));
  const items = topResellerItems(query.data?.rows ?? [], measure);
  const spec = MEASURES[measure];
  const of = query.data ? ` of ${formatNumber(query.data.totalCount)}` : "";
  return (
    <ChartCard
      title={spec.title}
      description={`The ${TOP} resellers${of} with the most ${spec.unit} today, ranked by Partner Center.`}
      height={HEIGHT}
      status={{
        pending: query.isPending,
        error: query.error,
        retry: () => void query.refetch(),
        empty: query.data !== undefined && items.length === 0 && noResellers(view),
      }}
      table={itemsTable(items, "Reseller", spec.column)}
    >
      <BarListChart items={items} height={HEIGHT} unit={spec.unit} colorKey={measure} />
    </ChartCard>
  );
}
