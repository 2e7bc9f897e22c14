import type { DayRange } from "../../../lib/date-range.ts";
import { formatDay } from "../../../lib/format.ts";
import type { SubscriptionsView } from "../search-params.ts";
import { rankedItems } from "../../../lib/grouped-series.ts";
import { emptyMessage, type Drill } from "../../../lib/view-filters.ts";
import { inServiceQuery } from "../queries.ts";
import { useGroup } from "../../../lib/use-groups.ts";
import { cardStatus } from "../../../components/card-status.ts";
import { RankedBarsCard } from "../../../components/ranked-bars-card.tsx";

interface InServiceCardProps {
  view: SubscriptionsView;
  range: DayRange;
  drill: Drill;
  title: string;
  /** The field to group by; it is also the URL filter a click adds. */
  by: "subscriptionType" | "productName";
  labelColumn: string;
  measure: "subscriptionCount" | "licenseCount";
  /** Top-N; all groups when absent. */
  limit?: number;
}

const MEASURE_LABEL = { subscriptionCount: "Subscriptions", licenseCount: "Licences" } as const;

/** The book when the range ends, by type or product: every value the API returns, unknown ones included. */
export function InServiceCard({
  view,
  range,
  drill,
  title,
  by,
  labelColumn,
  measure,
  limit,
}: InServiceCardProps) {
  const current = useGroup("subscriptions", inServiceQuery(view, range, by));
  const { items, restCount, count } = rankedItems(current?.data?.rows ?? [], { key: by, measure, limit });
  const nonZero = items.some((item) => item.value > 0);
  const empty =
    current?.data !== undefined &&
    !nonZero &&
    emptyMessage(
      measure === "licenseCount" ? "No licences were in service" : "No subscriptions were in service",
      `on ${formatDay(range.to)}`,
      view,
    );
  const description = `In service on ${formatDay(range.to)}.${restCount ? ` Top ${items.length} of ${count}.` : ""} Choose a name to filter the page.`;
  return (
    <RankedBarsCard
      title={title}
      description={description}
      status={cardStatus([current], empty)}
      items={items}
      labelColumn={labelColumn}
      valueColumn={MEASURE_LABEL[measure]}
      colorKey={measure}
      colorByItem={by === "subscriptionType"}
      {...drill.on(by)}
    />
  );
}
