import { describe, expect, it } from "vitest";
import type { QueryEngine } from "./answer-query.ts";
import { cachedEngine } from "./cached-engine.ts";

/** An engine that answers `size` characters (of `char`) per query and counts what it was asked. */
function countingEngine(size: (search: string) => number, char = "x") {
  const asked: string[] = [];
  const engine: QueryEngine = async (_resource, search) => {
    asked.push(search);
    if (search.includes("bad"))
      return { ok: false, status: 400, code: "400", description: "bad", source: "x" };
    return { ok: true, json: char.repeat(size(search)) };
  };
  return { engine, asked };
}

describe("the grouped-answer cache is bounded by bytes", () => {
  it("answers a repeated grouped query from the cache and never keeps raw pages or errors", async () => {
    const { engine, asked } = countingEngine(() => 10);
    const { query } = cachedEngine(engine, 1_000, 500);
    for (const search of ["groupby=a", "groupby=a", "top=5", "top=5", "groupby=bad", "groupby=bad"])
      await query("subscriptions", search);
    expect(asked).toEqual(["groupby=a", "top=5", "top=5", "groupby=bad", "groupby=bad"]);
  });

  it("drops the least recently used answers once the bytes would exceed the bound", async () => {
    const { engine, asked } = countingEngine(() => 200); // 200 bytes each
    const cache = cachedEngine(engine, 500, 500);
    for (const search of ["groupby=a", "groupby=b", "groupby=a", "groupby=c"])
      await cache.query("search", search);
    expect(cache.bytes()).toBeLessThanOrEqual(500);
    expect(cache.entries()).toBe(2);
    await cache.query("search", "groupby=a"); // kept: used after b
    await cache.query("search", "groupby=b"); // dropped
    expect(asked).toEqual(["groupby=a", "groupby=b", "groupby=c", "groupby=b"]);
  });

  it("serves an answer larger than one entry may be without keeping it", async () => {
    const { engine, asked } = countingEngine((search) => (search.includes("big") ? 1_000 : 10));
    const cache = cachedEngine(engine, 10_000, 500);
    const big = await cache.query("usage/azure", "groupby=big");
    expect(big.ok && big.json.length).toBe(1_000);
    await cache.query("usage/azure", "groupby=big");
    expect(asked).toEqual(["groupby=big", "groupby=big"]);
    expect(cache.bytes()).toBe(0);
  });

  it("keeps and sends an answer as its UTF-8 bytes, and counts those bytes", async () => {
    const { engine, asked } = countingEngine(() => 100, "é"); // 2 bytes a character
    const cache = cachedEngine(engine, 500, 500);
    const first = await cache.query("search", "groupby=a");
    const again = await cache.query("search", "groupby=a");
    expect(again.ok && Buffer.isBuffer(again.json) && again.json.toString()).toBe("é".repeat(100));
    expect(again).toEqual(first);
    expect(cache.bytes()).toBe(200);
    for (const search of ["groupby=b", "groupby=c"]) await cache.query("search", search);
    expect(cache.entries()).toBe(2);
    expect(cache.bytes()).toBe(400);
    expect(asked).toEqual(["groupby=a", "groupby=b", "groupby=c"]);
  });
});
