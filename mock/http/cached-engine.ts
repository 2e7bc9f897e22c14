import type { QueryEngine, QueryReply } from "./answer-query.ts";

// The dataset never changes while the server runs, so a grouped answer can be reused: charts ask the same few
// questions over and over. Bounded by size, not count: 200 large grouped answers once took the demo from 1.0 to
// 4.5 GB (issue 18). Raw pages are not kept: they are large and read once.
export const CACHE_BYTES = 64 * 1024 * 1024;
/** An answer larger than this is served but not kept: one would push out hundreds of chart answers. */
export const CACHE_ENTRY_BYTES = 8 * 1024 * 1024;

/** A reply whose page may already be UTF-8 bytes, ready to send. */
export type SendableReply = QueryReply | { ok: true; json: Buffer };

/**
 * Keeps grouped answers as UTF-8 bytes, outside the JavaScript heap: a hit is sent as it is, where a kept string
 * was copied into a new string with the response head and encoded again on every request. Under load those
 * copies were most of what pushed the server's heap (and resident size) up (issue 18).
 */
export function cachedEngine(engine: QueryEngine, maxBytes = CACHE_BYTES, maxEntry = CACHE_ENTRY_BYTES) {
  const cache = new Map<string, Buffer>();
  let bytes = 0;
  const query = async (resource: Parameters<QueryEngine>[0], search: string): Promise<SendableReply> => {
    const grouped = [...new URLSearchParams(search).keys()].some((k) => k.toLowerCase() === "groupby");
    if (!grouped) return engine(resource, search);
    const key = `${resource}?${search}`;
    const hit = cache.get(key);
    if (hit !== undefined) {
      cache.delete(key);
      cache.set(key, hit);
      return { ok: true, json: hit };
    }
    const reply = await engine(resource, search);
    if (!reply.ok) return reply;
    const body = Buffer.from(reply.json);
    if (body.length > maxEntry || cache.has(key)) return { ok: true, json: body };
    cache.set(key, body);
    bytes += body.length;
    for (const [oldKey, old] of cache) {
      if (bytes <= maxBytes) break;
      cache.delete(oldKey);
      bytes -= old.length;
    }
    return { ok: true, json: body };
  };
  return { query, bytes: () => bytes, entries: () => cache.size };
}
