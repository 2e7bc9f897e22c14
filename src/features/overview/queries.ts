import type { GroupedQuery } from "../../api/query.ts";
import type { ResourceName } from "../../api/resources.ts";
import { dateRangeFilter, viewFilter } from "../../lib/api-filters.ts";
import type { DayRange, Grain } from "../../lib/date-range.ts";
import type { FilterValue } from "../../lib/view-state.ts";
import type { KpiDef } from "./kpis.ts";

/** The grouped query behind one KPI over one period: the measure per date bucket, markets applied where they exist. */
export function kpiQuery(
  def: KpiDef,
  range: DayRange,
  grain: Grain,
  filters: Readonly<Record<string, FilterValue>>,
): GroupedQuery<ResourceName> {
  const resource = def.resource;
  const markets = filters.customerMarket;
  const marketFilters =
    def.marketField && Array.isArray(markets) && markets.length ? { [def.marketField]: markets } : {};
  const defs = def.marketField ? [{ param: def.marketField, label: "Market", kind: "list" as const }] : [];
  return {
    filter: viewFilter(
      resource,
      defs,
      marketFilters,
      dateRangeFilter(resource, def.dateField as never, range),
    ),
    // Usage quantities come in different units, so the usage KPI counts subscriptions (groups) instead.
    ...(def.distinct ? { groupby: [def.distinct] } : { groupby: [def.dateField], aggregationLevel: grain }),
  } as GroupedQuery<ResourceName>;
}

/**
 * A KPI per bucket over a trend range, in one query. A distinct count cannot be added across buckets, so it is
 * grouped by its field and the date bucket: one row per value seen in a bucket (kpiTrend counts them).
 */
export function kpiTrendQuery(
  def: KpiDef,
  range: DayRange,
  grain: Grain,
  filters: Readonly<Record<string, FilterValue>>,
): GroupedQuery<ResourceName> {
  const query = kpiQuery(def, range, grain, filters);
  return def.distinct
    ? ({
        ...query,
        groupby: [def.distinct, def.dateField],
        aggregationLevel: grain,
      } as GroupedQuery<ResourceName>)
    : query;
}
