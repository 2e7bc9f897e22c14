import type { Dataset } from "../dataset/generate-dataset.ts";
import { QueryError } from "../engine/query-error.ts";
import type { ResourceName } from "../engine/resources.ts";
import { RowOrders } from "../engine/row-orders.ts";
import { rawPageBytes, runQuery } from "../engine/run-query.ts";

/**
 * One answer of the engine: the page as JSON (serialised where it was computed: a raw page as UTF-8 bytes, a
 * grouped one as text), or the fault to send.
 */
export type QueryReply =
  | { ok: true; json: string | Buffer }
  | { ok: false; status: number; code: string; description: string; source: string };

/** How the HTTP layer asks a question: in this thread (tests) or in the engine's worker (the demo server). */
export type QueryEngine = (resource: ResourceName, search: string) => Promise<QueryReply>;

/** `orders` keeps raw queries' row orders for their next pages (one per dataset). */
export function answerQuery(
  dataset: Dataset,
  resource: ResourceName,
  search: string,
  orders?: RowOrders,
): QueryReply {
  try {
    const params = new URLSearchParams(search);
    const raw = rawPageBytes(dataset, resource, params, {}, orders);
    if (raw) return { ok: true, json: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) };
    return { ok: true, json: JSON.stringify(runQuery(dataset, resource, params)) };
  } catch (error) {
    if (error instanceof QueryError)
      return {
        ok: false,
        status: error.status,
        code: error.code,
        description: error.description,
        source: error.source,
      };
    return {
      ok: false,
      status: 500,
      code: "500",
      description: `Internal error in the mock API: ${error instanceof Error ? error.message : String(error)}`,
      source: "PartnerCenter.Analytics",
    };
  }
}

/** The engine in the caller's thread: for tests over small datasets, where a worker would only add start-up. */
export function inThreadEngine(dataset: Dataset): QueryEngine {
  const orders = new RowOrders();
  return async (resource, search) => answerQuery(dataset, resource, search, orders);
}
