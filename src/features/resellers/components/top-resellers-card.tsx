import { useApi } from "../../../api/api-context.tsx";
import { cardStatus } from "../../../components/card-status.ts";
import { RankedBarsCard } from "../../../components/ranked-bars-card.tsx";
import { formatNumber } from "../../../lib/format.ts";
import { keyOf, labelOf, rankedItems } from "../../../lib/grouped-series.ts";
import { useQueryKeepingPrevious } from "../../../lib/use-groups.ts";
import { emptyMessage } from "../../../lib/view-filters.ts";
import type { ResellersView } from "../search-params.ts";
import { firstPageOptions, TOP, topResellersQuery, type RankMeasure } from "../queries.ts";
import { NO_RESELLERS } from "./market-card.tsx";

const MEASURES = {
  subscriptionCount: {
    title: "Top resellers by subscriptions",
    unit: "subscriptions",
    column: "Subscriptions",
  },
  licenseCount: { title: "Top resellers by licences", unit: "licences", column: "Licences" },
} as const satisfies Record<RankMeasure, unknown>;

/** One bar per reseller, as Partner Center ranked them; names are not unique, so a repeated one carries its id. */
export function TopResellersCard({ view, measure }: { view: ResellersView; measure: RankMeasure }) {
  const { client, queries } = useApi();
  const query = useQueryKeepingPrevious(firstPageOptions(client, queries, topResellersQuery(view, measure)));
  const { items } = rankedItems(query.data?.rows ?? [], {
    key: "id",
    measure,
    label: (row) => labelOf(keyOf(row.name)),
  });
  const spec = MEASURES[measure];
  const of = query.data ? ` of ${formatNumber(query.data.totalCount)}` : "";
  return (
    <RankedBarsCard
      title={spec.title}
      description={`The ${TOP} resellers${of} with the most ${spec.unit} today, ranked by Partner Center.`}
      height={TOP * 30}
      status={cardStatus(
        [query],
        query.data !== undefined && items.length === 0 && emptyMessage(NO_RESELLERS, null, view),
      )}
      items={items}
      labelColumn="Reseller"
      valueColumn={spec.column}
      unit={spec.unit}
      colorKey={measure}
    />
  );
}
