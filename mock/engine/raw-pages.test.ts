import { beforeAll, describe, expect, it } from "vitest";
import { generateDataset, rawRows, type Dataset } from "../dataset/generate-dataset.ts";
import { RowOrders } from "./row-orders.ts";
import { rawPageBytes, runQuery } from "./run-query.ts";

type Row = Record<string, unknown>;

const TOP = 300;
let dataset: Dataset;
let all: Row[];

beforeAll(() => {
  const scale = {
    "usage/azure": 0.002,
    subscriptions: 0.2,
    indirectresellers: 0.1,
    search: 0.01,
    referrals: 0.1,
  };
  dataset = generateDataset({ seed: 3, scale, today: new Date("2026-06-15T00:00:00Z") });
  all = [...rawRows(dataset, "subscriptions")];
});

/** Case-insensitive text order, ordinal tie-break, nulls first: the API's order for text (order-rows.ts). */
function compareText(a: unknown, b: unknown): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const [x, y] = [String(a), String(b)];
  const [lx, ly] = [x.toLowerCase(), y.toLowerCase()];
  return lx < ly ? -1 : lx > ly ? 1 : x < y ? -1 : x > y ? 1 : 0;
}

const active = (row: Row) => row.status === "ACTIVE" && (row.licenseCount as number) > 10;

/** Each query and its answer computed here from every row as the API sends it, ties in storage order. */
const CASES: { name: string; params: Record<string, string>; expected: () => Row[] }[] = [
  { name: "no filter, no orderby", params: {}, expected: () => all },
  {
    name: "a filter",
    params: { filter: "status eq 'ACTIVE' and licenseCount gt 10" },
    expected: () => all.filter(active),
  },
  {
    name: "an orderby on two keys",
    params: { orderby: "customerName desc, creationDate asc" },
    expected: () =>
      all
        .map((row, index) => ({ row, index }))
        .sort(
          (a, b) =>
            -compareText(a.row.customerName, b.row.customerName) ||
            compareText(a.row.creationDate, b.row.creationDate) ||
            a.index - b.index,
        )
        .map(({ row }) => row),
  },
  {
    name: "a filter and an orderby",
    params: { filter: "status eq 'ACTIVE' and licenseCount gt 10", orderby: "licenseCount desc" },
    expected: () =>
      all
        .map((row, index) => ({ row, index }))
        .filter(({ row }) => active(row))
        .sort((a, b) => (b.row.licenseCount as number) - (a.row.licenseCount as number) || a.index - b.index)
        .map(({ row }) => row),
  },
];

/** Counts the orders it was asked for and had. */
class CountingOrders extends RowOrders {
  hits = 0;

  override get(key: string) {
    const rows = super.get(key);
    if (rows) this.hits++;
    return rows;
  }
}

/** Reads every page as the grid does: a one-row count query, then top-size pages following @nextLink. */
function readAll(params: Record<string, string>, orders: RowOrders) {
  const page = (search: URLSearchParams) => {
    const bytes = rawPageBytes(dataset, "subscriptions", search, {}, orders);
    if (!bytes) throw new Error("not a raw query");
    return {
      text: Buffer.from(bytes).toString(),
      old: JSON.stringify(runQuery(dataset, "subscriptions", search)),
    };
  };
  const pages = [page(new URLSearchParams({ ...params, top: "1" }))];
  let search: URLSearchParams | null = new URLSearchParams({ ...params, top: String(TOP) });
  while (search) {
    const read = page(search);
    pages.push(read);
    const link = (JSON.parse(read.text) as { "@nextLink": string | null })["@nextLink"];
    search = link === null ? null : new URLSearchParams(link.split("?")[1]);
  }
  return pages.map(({ text, old }) => ({
    ...(JSON.parse(text) as { Value: Row[]; TotalCount: number }),
    text,
    old,
  }));
}

describe.each(CASES)("raw pages with $name, read with kept row orders", ({ params, expected }) => {
  it("are the rows, order, TotalCount and @nextLink of the whole result, page by page", () => {
    const want = expected();
    expect(want.length).toBeGreaterThan(2 * TOP);
    const pages = readAll(params, new RowOrders());
    expect(pages[0]!.Value).toEqual(want.slice(0, 1));
    const rest = pages.slice(1);
    expect(rest).toHaveLength(Math.ceil(want.length / TOP));
    rest.forEach((page, i) => {
      expect(page.TotalCount).toBe(want.length);
      expect(page.Value).toEqual(want.slice(i * TOP, (i + 1) * TOP));
    });
    // The same bytes the engine wrote before the kept orders (row objects, JSON.stringify, a fresh sort).
    for (const page of pages) expect(page.text).toBe(page.old);
    expect(rest.at(-1)!.text).toContain('"@nextLink":null');
  });

  it("filter and sort once: every page after the first takes the kept order", () => {
    const orders = new CountingOrders();
    const pages = readAll(params, orders);
    expect(orders.hits).toBe(pages.length - 1);
    expect(orders.size).toBe(1);
  });
});

describe("kept row orders", () => {
  it("are never another query's: a changed filter, orderby or direction computes its own", () => {
    const orders = new CountingOrders();
    const queries: Record<string, string>[] = [
      { orderby: "customerName asc" },
      { orderby: "customerName desc" },
      { orderby: "customerName desc", filter: "status eq 'ACTIVE'" },
      { orderby: "customerName desc", filter: "status eq 'SUSPENDED'" },
      { filter: "status eq 'SUSPENDED'" },
    ];
    for (const params of queries) {
      const [first, second] = [0, TOP].map((skip) => {
        const search = new URLSearchParams({ ...params, top: String(TOP), skip: String(skip) });
        const bytes = rawPageBytes(dataset, "subscriptions", search, {}, orders);
        expect(Buffer.from(bytes!).toString()).toBe(
          JSON.stringify(runQuery(dataset, "subscriptions", search)),
        );
        return bytes;
      });
      expect(first).not.toEqual(second);
    }
    // One computed order per query, each reused once by its second page.
    expect(orders.size).toBe(queries.length);
    expect(orders.hits).toBe(queries.length);
  });

  it("take the same order however the query is spelled (parameter case, order, encoding)", () => {
    const orders = new CountingOrders();
    const filter = "status eq 'ACTIVE'";
    const spellings = [
      `filter=${encodeURIComponent(filter)}&orderby=licenseCount%20desc&top=${TOP}`,
      `Top=${TOP}&OrderBy=licenseCount+DESC&skip=${TOP}&FILTER=${filter.replaceAll(" ", "+")}`,
    ];
    const [first, second] = spellings.map((search) => {
      const params = new URLSearchParams(search);
      const text = Buffer.from(rawPageBytes(dataset, "subscriptions", params, {}, orders)!).toString();
      expect(text).toBe(JSON.stringify(runQuery(dataset, "subscriptions", params)));
      return text;
    });
    expect(first).not.toBe(second);
    expect(orders.hits).toBe(1);
  });

  it("leave grouped queries to the grouped path", () => {
    const orders = new RowOrders();
    expect(
      rawPageBytes(dataset, "subscriptions", new URLSearchParams("groupby=status"), {}, orders),
    ).toBeNull();
    expect(orders.size).toBe(0);
  });

  it("are not kept when one is larger than an entry may be, and the page is still right", () => {
    const orders = new RowOrders(1024 * 1024, 1000);
    const search = new URLSearchParams({ top: "5", skip: "10" });
    const bytes = rawPageBytes(dataset, "subscriptions", search, {}, orders);
    expect(Buffer.from(bytes!).toString()).toBe(JSON.stringify(runQuery(dataset, "subscriptions", search)));
    expect(orders.size).toBe(0);
    expect(orders.bytes).toBe(0);
  });
});

describe("RowOrders is bounded by bytes", () => {
  const rows = (count: number) => new Int32Array(count);

  it("counts each order's buffer and its key, and drops the least recently used beyond the bound", () => {
    const orders = new RowOrders(1000, 1000);
    orders.set("a", rows(100)); // 400 + 2
    orders.set("b", rows(100));
    expect(orders.bytes).toBe(804);
    expect(orders.get("a")).toBeDefined(); // "b" is now the least recently used
    orders.set("c", rows(100));
    expect(orders.get("b")).toBeUndefined();
    expect(orders.get("a")).toBeDefined();
    expect(orders.get("c")).toBeDefined();
    expect(orders.bytes).toBe(804);
  });

  it("counts a view's whole buffer, so a subarray of a large one cannot slip under the bound", () => {
    const orders = new RowOrders(10_000, 1000);
    orders.set("view", rows(1000).subarray(0, 10));
    expect(orders.size).toBe(0);
  });

  it("keeps no order larger than an entry may be, and empty results count their keys", () => {
    const orders = new RowOrders(1000, 500);
    orders.set("big", rows(200)); // 800 + 6 bytes
    expect(orders.size).toBe(0);
    for (let i = 0; i < 100; i++) orders.set(`empty ${String(i).padStart(40, "0")}`, rows(0));
    expect(orders.bytes).toBeLessThanOrEqual(1000);
    expect(orders.size).toBe(Math.floor(1000 / 94));
  });
});
