import type { Dataset } from "../dataset/generate-dataset.ts";
import type { Table } from "../dataset/table.ts";
import { compileFilter, type RowPredicate } from "./compile-filter.ts";
import { groupRows } from "./group-rows.ts";
import { nextLink } from "./next-link.ts";
import { sortOrder } from "./order-rows.ts";
import { parseQuery, type Query } from "./query-params.ts";
import { RESOURCES, type ResourceName, type ResourceSpec } from "./resources.ts";
import { rawResult } from "./result-set.ts";
import type { RowOrders } from "./row-orders.ts";
import { ByteSink, writeRows } from "./rows-json.ts";

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

function checkedQuery(resource: ResourceName, params: URLSearchParams, options: EngineOptions) {
  const spec = RESOURCES[resource];
  const defaultLevel =
    spec.defaultLevel === "dateRange" ? (options.subscriptionsDefaultLevel ?? "day") : spec.defaultLevel;
  return { spec, query: parseQuery(params, spec, defaultLevel) };
}

function filteredRows(table: Table, spec: ResourceSpec, query: Query, options: EngineOptions): Int32Array {
  const caseSensitive = new Set(options.caseSensitiveFields ?? ["subscriptionType"]);
  const predicate = query.filter && compileFilter({ table, spec, caseSensitive }, query.filter);
  return matchingRows(table.length, predicate);
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
  const { spec, query } = checkedQuery(resource, params, options);
  const table = dataset.tables[resource];
  const rows = filteredRows(table, spec, query, options);
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

/** Everything that decides which raw rows a query selects and in what order: all but skip and top. */
function orderKey(resource: ResourceName, params: URLSearchParams, query: Query): string {
  const filter = query.filter ? [...params].find(([name]) => name.toLowerCase() === "filter")?.[1] : "";
  const orderBy = query.orderBy.map((term) => `${term.name} ${term.descending ? "desc" : "asc"}`);
  return JSON.stringify([resource, filter, orderBy]);
}

/**
 * A raw query's answer as UTF-8 JSON, exactly `JSON.stringify(runQuery(…))`, or null for a grouped query. The
 * rows the query selects, in its order, are taken from `orders` when an earlier page of the same query put them
 * there (orders must serve one dataset and one set of options).
 */
export function rawPageBytes(
  dataset: Dataset,
  resource: ResourceName,
  params: URLSearchParams,
  options: EngineOptions = {},
  orders?: RowOrders,
): Uint8Array | null {
  const { spec, query } = checkedQuery(resource, params, options);
  if (query.groupBy.length > 0) return null;
  const table = dataset.tables[resource];
  const key = orderKey(resource, params, query);
  let rows = orders?.get(key);
  if (!rows) {
    const matching = filteredRows(table, spec, query, options);
    const order = sortOrder(rawResult(table, spec, matching), query.orderBy);
    rows = order ? order.map((position) => matching[position] ?? 0) : matching.slice();
    orders?.set(key, rows);
  }
  const end = Math.min(rows.length, query.skip + query.top);
  const out = new ByteSink(256);
  out.ascii('{"Value":');
  writeRows(out, table, spec, rows, query.skip, end);
  const link = end < rows.length ? nextLink(resource, params, end) : null;
  out.ascii(`,"@nextLink":${JSON.stringify(link)},"TotalCount":${rows.length}}`);
  return out.bytes.subarray(0, out.length);
}
