import type { GroupedQuery } from "../../api/query.ts";
import type { GroupField, Measure, ResourceName } from "../../api/resources.ts";
import { allOf, anyOf, dateRangeFilter, type DateField, type TextField } from "../../lib/api-filters.ts";
import type { DayRange, Grain } from "../../lib/date-range.ts";
import type { MeasureKey } from "../../lib/measures.ts";

/**
 * One headline number per row: a measure summed over the records whose `dateField` falls in the range,
 * bucketed by the same field for the trend line. `count` measures count records; `sum` measures add up.
 */
export interface KpiSpec<R extends ResourceName> {
  /** Also says which way is good (src/lib/measures.ts). */
  key: MeasureKey;
  label: string;
  href: string;
  /** The page the KPI links to, for the link text. */
  page: string;
  resource: R;
  dateField: GroupField<R> & DateField<R>;
  measure: Measure<R>;
  /** The API field holding the customer market on this resource, when it has one. */
  marketField?: TextField<R>;
  /** Counts distinct values of this field (the number of groups) instead of summing the measure over time. */
  distinct?: GroupField<R>;
}

/** The grouped query behind one KPI over one period: the measure per date bucket, markets applied where they exist. */
export function kpiQuery<R extends ResourceName>(
  spec: KpiSpec<R>,
  range: DayRange,
  grain: Grain,
  markets: readonly string[] | undefined,
): GroupedQuery<R> {
  const { resource, marketField, dateField, distinct } = spec;
  return {
    filter: allOf(
      resource,
      marketField && anyOf(resource, marketField, markets ?? []),
      dateRangeFilter(resource, dateField, range),
    ),
    // Usage quantities come in different units, so the usage KPI counts subscriptions (groups) instead.
    ...(distinct ? { groupby: [distinct] } : { groupby: [dateField], aggregationLevel: grain }),
  };
}

/**
 * A KPI per bucket over a trend range, in one query. A distinct count cannot be added across buckets, so it is
 * grouped by its field and the date bucket: one row per value seen in a bucket (kpiTrend counts them).
 */
export function kpiTrendQuery<R extends ResourceName>(
  spec: KpiSpec<R>,
  range: DayRange,
  grain: Grain,
  markets: readonly string[] | undefined,
): GroupedQuery<R> {
  const query = kpiQuery(spec, range, grain, markets);
  return spec.distinct
    ? { ...query, groupby: [spec.distinct, spec.dateField], aggregationLevel: grain }
    : query;
}
