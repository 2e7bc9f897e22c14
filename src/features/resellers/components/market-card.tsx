import { cardStatus } from "../../../components/card-status.ts";
import { RankedBarsCard } from "../../../components/ranked-bars-card.tsx";
import { rankedItems } from "../../../lib/grouped-series.ts";
import { useGroup } from "../../../lib/use-groups.ts";
import { emptyMessage, type Drill } from "../../../lib/view-filters.ts";
import type { ResellersView } from "../search-params.ts";
import { marketQuery } from "../queries.ts";

const LIMIT = 10;
/** Why a snapshot card is empty: there are no resellers (in the chosen markets); a snapshot has no period. */
export const NO_RESELLERS = "No indirect resellers are linked to your partner account";

/** Resellers per market, largest first; past the limit the rest share one bar so the bars still sum to the total. */
export function MarketCard({ view, drill }: { view: ResellersView; drill: Drill }) {
  const query = useGroup("indirectresellers", marketQuery(view));
  const { items } = rankedItems(query?.data?.rows ?? [], {
    key: "market",
    measure: "indirectResellerCount",
    limit: LIMIT,
    other: true,
  });
  const empty =
    query?.data !== undefined &&
    items.every((item) => item.value === 0) &&
    emptyMessage(NO_RESELLERS, null, view);
  return (
    <RankedBarsCard
      title="Resellers by market"
      description={`Indirect resellers today, by the reseller's market, largest first; beyond ${LIMIT} markets the rest share one bar. Choose a name to filter on it.`}
      height={LIMIT * 30}
      status={cardStatus([query], empty)}
      items={items}
      labelColumn="Market"
      valueColumn="Resellers"
      unit="resellers"
      {...drill.on("market")}
    />
  );
}
