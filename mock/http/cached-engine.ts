import type { QueryEngine, QueryReply } from "./answer-query.ts";

// The dataset never changes while the server runs, so a grouped answer can be reused: charts ask the same few
// questions over and over. Bounded by size, not count: 200 large grouped answers once took the demo from 1.0 to
// 4.5 GB (issue 18). Raw pages are not kept: they are large and read once.
export const CACHE_BYTES = 64 * 1024 * 1024;
/** An answer larger than this is served but not kept: one would push out hundreds of chart answers. */
export const CACHE_ENTRY_BYTES = 8 * 1024 * 1024;

// V8 keeps a string in one or two bytes per character; two is the bound.
const sizeOf = (json: string) => json.length * 2;

export function cachedEngine(engine: QueryEngine, maxBytes = CACHE_BYTES, maxEntry = CACHE_ENTRY_BYTES) {
  const cache = new Map<string, string>();
  let bytes = 0;
  const query: QueryEngine = async (resource, search) => {
    const grouped = [...new URLSearchParams(search).keys()].some((k) => k.toLowerCase() === "groupby");
    if (!grouped) return engine(resource, search);
    const key = `${resource}?${search}`;
    const hit = cache.get(key);
    if (hit !== undefined) {
      cache.delete(key);
      cache.set(key, hit);
      return { ok: true, json: hit } satisfies QueryReply;
    }
    const reply = await engine(resource, search);
    if (!reply.ok || sizeOf(reply.json) > maxEntry || cache.has(key)) return reply;
    cache.set(key, reply.json);
    bytes += sizeOf(reply.json);
    for (const [oldKey, old] of cache) {
      if (bytes <= maxBytes) break;
      cache.delete(oldKey);
      bytes -= sizeOf(old);
    }
    return reply;
  };
  return { query, bytes: () => bytes, entries: () => cache.size };
}
