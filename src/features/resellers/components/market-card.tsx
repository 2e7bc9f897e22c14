import { useApi } from "../../../api/api-context.tsx";
import { ChartCard } from "../../../components/chart-card.tsx";
import { BarListChart } from "../../../components/charts/bar-list-chart.tsx";
import type { ViewState } from "../../../lib/view-state.ts";
import { noResellers } from "../lib/empty-reason.ts";
import { isMarketKey, itemsTable, marketItems } from "../lib/market-totals.ts";
import { marketQuery } from "../queries.ts";
import { useQueryKeepingPrevious } from "../../../lib/use-groups.ts";

const LIMIT = 10;
const HEIGHT = LIMIT * 30;

interface MarketCardProps {
  view: ViewState;
  /** A bar was chosen: filter the page on that market. */
  onSelectMarket: (market: string) => void;
}

export function MarketCard({ view, onSelectMarket }: MarketCardProps) {
  const { queries } = useApi();
  const query = useQueryKeepingPrevious(queries.indirectresellers.grouped(marketQuery(view)));
  const items = marketItems(query.data?.rows ?? [], LIMIT);
  return (
    <ChartCard
      title="Resellers by market"
      description={`Indirect resellers today, by the reseller's market, largest first; beyond ${LIMIT} markets the rest share one bar. Choose a name to filter on it.`}
      height={HEIGHT}
      status={{
        pending: query.isPending,
        error: query.error,
        retry: () => void query.refetch(),
        empty: query.data !== undefined && items.every((item) => item.value === 0) && noResellers(view),
      }}
      table={itemsTable(items, "Market", "Resellers")}
    >
      <BarListChart
        items={items}
        height={HEIGHT}
        unit="resellers"
        onSelect={onSelectMarket}
        canSelect={isMarketKey}
        selectLabel="Filter by market"
      />
    </ChartCard>
  );
}
