import { KpiSection } from "../../../components/kpi-section.tsx";
import { KpiTile } from "../../../components/kpi-tile.tsx";
import type { DayRange, Grain } from "../../../lib/date-range.ts";
import { formatDay } from "../../../lib/format.ts";
import type { SubscriptionsView } from "../search-params.ts";
import { sumMeasure, type GroupRow } from "../../../lib/grouped-series.ts";
import { createdByStatusQuery, deprovisionedQuery, inServiceQuery } from "../queries.ts";
import { usePeriods } from "../../../lib/use-groups.ts";
import { tileFigures } from "../../../components/card-status.ts";

interface SubscriptionKpisProps {
  view: SubscriptionsView;
  range: DayRange;
  compared: DayRange | null;
  grain: Grain;
}

const count = (rows: readonly GroupRow[]) => sumMeasure(rows, "subscriptionCount");
const licences = (rows: readonly GroupRow[]) => sumMeasure(rows, "licenseCount");

export function SubscriptionKpis({ view, range, compared, grain }: SubscriptionKpisProps) {
  const inService = usePeriods("subscriptions", (r) => inServiceQuery(view, r, "status"), range, compared);
  // The same queries as the status and churn cards: one request each, shared through the query cache.
  const created = usePeriods("subscriptions", (r) => createdByStatusQuery(view, r, grain), range, compared);
  const deprovisioned = usePeriods(
    "subscriptions",
    (r) => deprovisionedQuery(view, r, grain),
    range,
    compared,
  );
  const common = { comparedRange: compared };
  return (
    <KpiSection
      note={
        <>
          In service: created and not deprovisioned by {formatDay(range.to)}
          {compared && <> (and by {formatDay(compared.to)} for the comparison)</>}. The API keeps no status
          history, so suspended subscriptions count as in service, and licences are today&apos;s licence
          counts.
        </>
      }
    >
      <KpiTile
        label="Subscriptions in service"
        measure="subscriptions-in-service"
        {...common}
        {...tileFigures(inService, count)}
      />
      <KpiTile
        label="Licences in service"
        measure="licences-in-service"
        {...common}
        {...tileFigures(inService, licences)}
      />
      <KpiTile
        label="New subscriptions"
        measure="new-subscriptions"
        {...common}
        {...tileFigures(created, count)}
      />
      <KpiTile
        label="Deprovisioned"
        measure="deprovisioned"
        {...common}
        {...tileFigures(deprovisioned, count)}
      />
    </KpiSection>
  );
}
