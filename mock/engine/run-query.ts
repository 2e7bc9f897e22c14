import type { Dataset } from "../dataset/generate-dataset.ts";
import { compileFilter, type RowPredicate } from "./compile-filter.ts";
import { groupRows } from "./group-rows.ts";
import { nextLink } from "./next-link.ts";
import { sortOrder } from "./order-rows.ts";
import { parseQuery } from "./query-params.ts";
import { RESOURCES, type ResourceName } from "./resources.ts";
import { rawResult } from "./result-set.ts";

export interface EngineOptions {
  /** Fields whose eq/ne string comparisons are case-sensitive; default ["subscriptionType"] (§1.6). */
  readonly caseSensitiveFields?: readonly string[];
  /** First day of a week bucket: 1 Monday (default) or 0 Sunday; the docs leave it open. */
  readonly weekStartsOn?: 0 | 1;
  /** Emit subscriptions' grouped subscriptionCount / licenseCount as strings ("63"), as the doc sample does. */
  readonly countsAsStrings?: boolean;
  /**
   * How subscriptions bucket a groupby date without aggregationLevel. The docs call that default `dateRange`
   * without defining it: "day" (default) gives one bucket per calendar day, which keeps every date visible;
   * "dateRange" gives one bucket for the whole matched range, labelled by its first day.
   */
  readonly subscriptionsDefaultLevel?: "day" | "dateRange";
}

export interface AnalyticsPage {
  Value: Record<string, unknown>[];
  "@nextLink": string | null;
  TotalCount: number;
}

function matchingRows(length: number, predicate: RowPredicate | null): Int32Array {
  const rows = new Int32Array(length);
  let count = 0;
  for (let row = 0; row < length; row++) if (!predicate || predicate(row)) rows[count++] = row;
  return rows.subarray(0, count);
}

/**
 * Answers one analytics GET: filter → groupby/aggregationLevel → orderby → TotalCount → skip/top → @nextLink
 * (partner-center-api.md §8). Throws QueryError for any invalid parameter.
 */
export function runQuery(
  dataset: Dataset,
  resource: ResourceName,
  params: URLSearchParams,
  options: EngineOptions = {},
): AnalyticsPage {
  const spec = RESOURCES[resource];
  const table = dataset.tables[resource];
  const defaultLevel =
    spec.defaultLevel === "dateRange" ? (options.subscriptionsDefaultLevel ?? "day") : spec.defaultLevel;
  const query = parseQuery(params, spec, defaultLevel);
  const caseSensitive = new Set(options.caseSensitiveFields ?? ["subscriptionType"]);
  const predicate = query.filter && compileFilter({ table, spec, caseSensitive }, query.filter);
  const rows = matchingRows(table.length, predicate);
  const result =
    query.groupBy.length === 0
      ? rawResult(table, spec, rows)
      : groupRows(table, spec, rows, {
          groupBy: query.groupBy,
          level: query.level,
          weekStartsOn: options.weekStartsOn ?? 1,
          measuresAsStrings: spec.measuresMayBeStrings && (options.countsAsStrings ?? true),
        });
  const order = sortOrder(result, query.orderBy);
  const end = Math.min(result.size, query.skip + query.top);
  const page: Record<string, unknown>[] = [];
  for (let i = query.skip; i < end; i++) page.push(result.row(order ? (order[i] ?? 0) : i));
  return {
    Value: page,
    "@nextLink": end < result.size ? nextLink(resource, params, end) : null,
    TotalCount: result.size,
  };
}
