import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datasetFromRows } from "../dataset/dataset-from-rows.ts";
import { rawRows } from "../dataset/generate-dataset.ts";
import { COMPARE_OPS, formatFilter, type FilterNode } from "./parse-filter.ts";
import { runQuery } from "./run-query.ts";

// A small random subscriptions table and random filters over it: the engine's grouped answer must equal what
// a naive evaluator written here (over the emitted rows, not the engine's columns) computes.
const MARKETS = ["US", "us", "GB", "De", null];
const PRODUCTS = ["OFFICE 365 E3", "Office 365 e3", `O'Brien "cloud"`, "", null];
const TYPES = ["Office", "OFFICE", "Azure", "M365"];
const CELL_DATES = [
  "2026-01-05T00:00:00",
  "2026-01-05T10:30:00.250",
  "2026-02-01T00:00:00",
  "2025-12-31T23:59:59",
];
const LITERAL_DATES = ["2026-01-05", "2026-01-05T10:30:00.250Z", "2026-02-01T00:00:00Z", "2025-12-31"];

const row = fc.record({
  customerMarket: fc.constantFrom(...MARKETS),
  productName: fc.constantFrom(...PRODUCTS),
  subscriptionType: fc.constantFrom(...TYPES),
  autoRenewEnabled: fc.boolean(),
  creationDate: fc.constantFrom(...CELL_DATES),
  deprovisionedDate: fc.constantFrom(null, ...CELL_DATES),
  licenseCount: fc.integer({ min: 0, max: 50 }),
});

const str = (field: string, pool: readonly (string | null)[]) =>
  fc.record({
    type: fc.constant("compare" as const),
    field: fc.constant(field),
    op: fc.constantFrom("eq" as const, "ne" as const),
    value: fc.constantFrom(
      ...pool.map((v) => (v === null ? { type: "null" as const } : { type: "string" as const, value: v })),
    ),
  });
const date = (field: string) =>
  fc.oneof(
    fc.record({
      type: fc.constant("compare" as const),
      field: fc.constant(field),
      op: fc.constantFrom(...COMPARE_OPS),
      value: fc
        .constantFrom(...LITERAL_DATES)
        .chain((value) =>
          fc.constantFrom({ type: "date" as const, value }, { type: "string" as const, value }),
        ),
    }),
    fc.record({
      type: fc.constant("compare" as const),
      field: fc.constant(field),
      op: fc.constantFrom("eq" as const, "ne" as const),
      value: fc.constant({ type: "null" as const }),
    }),
  );

const leaf: fc.Arbitrary<FilterNode> = fc.oneof(
  str("customerMarket", [...MARKETS, "gb", "DE"]),
  str("productName", [...PRODUCTS, "office 365 E3", `o'brien "CLOUD"`]),
  str("subscriptionType", [...TYPES, "office", "azure"]),
  fc.record({
    type: fc.constant("contains" as const),
    field: fc.constantFrom("customerMarket", "productName", "subscriptionType"),
    value: fc.constantFrom("", "us", "OFF", "e3", "'", '"', "zz"),
  }),
  fc.record({
    type: fc.constant("compare" as const),
    field: fc.constant("autoRenewEnabled"),
    op: fc.constantFrom("eq" as const, "ne" as const),
    value: fc.oneof(
      fc.boolean().map((value) => ({ type: "boolean" as const, value })),
      fc.constant({ type: "null" as const }),
    ),
  }),
  date("creationDate"),
  date("deprovisionedDate"),
  fc.record({
    type: fc.constant("compare" as const),
    field: fc.constant("licenseCount"),
    op: fc.constantFrom(...COMPARE_OPS),
    value: fc.integer({ min: -1, max: 51 }).map((value) => ({ type: "number" as const, value })),
  }),
);
const filterTree = fc.letrec<{ node: FilterNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.record({
      type: fc.constantFrom("and" as const, "or" as const),
      operands: fc.array(tie("node"), { minLength: 2, maxLength: 3 }),
    }),
  ),
})).node;

const instant = (text: string) => Date.parse(/Z$|^\d{4}-\d{2}-\d{2}$/.test(text) ? text : `${text}Z`);

function holds(node: FilterNode, cells: Record<string, unknown>): boolean {
  if ("operands" in node) {
    const test = (operand: FilterNode) => holds(operand, cells);
    return node.type === "and" ? node.operands.every(test) : node.operands.some(test);
  }
  const cell = cells[node.field];
  if (node.type === "contains")
    return typeof cell === "string" && cell.toLowerCase().includes(node.value.toLowerCase());
  const { op, value } = node;
  if (value.type === "null") return (cell === null) === (op === "eq");
  if (cell === null) return op === "ne";
  let left: number | string | boolean;
  let right: number | string | boolean;
  if (value.type === "boolean" || value.type === "number")
    [left, right] = [cell as boolean | number, value.value];
  else if (node.field.endsWith("Date")) [left, right] = [instant(String(cell)), instant(value.value)];
  else if (node.field === "subscriptionType") [left, right] = [String(cell), value.value];
  else [left, right] = [String(cell).toLowerCase(), value.value.toLowerCase()];
  const results = {
    eq: left === right,
    ne: left !== right,
    gt: left > right,
    lt: left < right,
    ge: left >= right,
    le: left <= right,
  };
  return results[op];
}

describe("filtered aggregates against an independent evaluator", () => {
  it("sums per group equal the test's own filtering of raw rows", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), filterTree, (rows, filter) => {
        const dataset = datasetFromRows({ subscriptions: rows });
        const kept = [...rawRows(dataset, "subscriptions")].filter((cells) => holds(filter, cells));
        const expected = new Map<unknown, [number, number]>();
        for (const cells of kept) {
          const [count, licenses] = expected.get(cells.customerMarket) ?? [0, 0];
          expected.set(cells.customerMarket, [count + 1, licenses + Number(cells.licenseCount)]);
        }
        const params = new URLSearchParams({ filter: formatFilter(filter), groupby: "customerMarket" });
        const page = runQuery(dataset, "subscriptions", params, { countsAsStrings: false });
        const actual = new Map(
          page.Value.map((group) => [group.customerMarket, [group.subscriptionCount, group.licenseCount]]),
        );
        expect(actual).toEqual(expected);
        expect(page.TotalCount).toBe(expected.size);
      }),
      { numRuns: 300 },
    );
  });
});
