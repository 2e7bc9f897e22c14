// The grid reads a query's rows page by page (11 pages of 10,000 for 105,000 subscriptions), and every page used
// to filter the whole table again and, with an orderby, sort every matching row again. The rows a query selects,
// in its order, are kept for the pages after: 4 bytes a row, bounded by bytes like the answer cache.
export const ORDER_CACHE_BYTES = 32 * 1024 * 1024;
/** An order larger than this (2 million rows) is used for its page but not kept. */
export const ORDER_ENTRY_BYTES = 8 * 1024 * 1024;

/** Least recently used row orders, keyed by everything in a query but skip and top. */
export class RowOrders {
  private readonly kept = new Map<string, { rows: Int32Array; bytes: number }>();
  private total = 0;

  constructor(
    private readonly maxBytes = ORDER_CACHE_BYTES,
    private readonly maxEntry = ORDER_ENTRY_BYTES,
  ) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.kept.size;
  }

  get(key: string): Int32Array | undefined {
    const entry = this.kept.get(key);
    if (entry === undefined) return undefined;
    this.kept.delete(key);
    this.kept.set(key, entry);
    return entry.rows;
  }

  /** Keeps `rows`; its whole buffer and the key (two bytes a character, up to a 4,000-character filter) count. */
  set(key: string, rows: Int32Array): void {
    const bytes = rows.buffer.byteLength + 2 * key.length;
    if (bytes > this.maxEntry || this.kept.has(key)) return;
    this.kept.set(key, { rows, bytes });
    this.total += bytes;
    for (const [oldKey, old] of this.kept) {
      if (this.total <= this.maxBytes) break;
      this.kept.delete(oldKey);
      this.total -= old.bytes;
    }
  }
}
