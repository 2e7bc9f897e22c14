import type { OrderTerm } from "./query-params.ts";
import type { ResultSet } from "./result-set.ts";

/** Result positions in orderby order, or null to keep the natural order. Ties keep their natural order. */
export function sortOrder(result: ResultSet, orderBy: readonly OrderTerm[]): Int32Array | null {
  if (orderBy.length === 0) return null;
  const keys = orderBy.map((term) => ({ values: result.sortKey(term.name), sign: term.descending ? -1 : 1 }));
  const order = new Int32Array(result.size);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => {
    for (const { values, sign } of keys) {
      const x = values[a] ?? 0;
      const y = values[b] ?? 0;
      if (x !== y) return x < y ? -sign : sign;
    }
    return a - b;
  });
}
