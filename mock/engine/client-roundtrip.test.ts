import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filterFor, type Filter } from "../../src/api/filter.ts";
import { buildQueryString } from "../../src/api/query.ts";
import { generateDataset, rawRows } from "../dataset/generate-dataset.ts";
import { formatFilter, parseFilter } from "./parse-filter.ts";
import { runQuery } from "./run-query.ts";

// The client's filter builder and the mock's parser are written independently; these properties pin them
// to one grammar, and pin the engine's grouped sums to a plain evaluation of the same tree over raw rows.
type Node =
  | { kind: "eq" | "ne"; field: "status" | "subscriptionType" | "customerMarket"; value: string }
  | { kind: "flag"; value: boolean }
  | { kind: "contains"; value: string }
  | { kind: "date"; op: "ge" | "lt"; day: string }
  | { kind: "and" | "or"; parts: Node[] };

const dataset = generateDataset({ seed: 99, scale: 0.05, today: new Date("2026-11-25T00:00:00Z") });
const rows = [...rawRows(dataset, "subscriptions")] as Record<string, unknown>[];
const seen = (field: string) => [...new Set(rows.map((r) => String(r[field])))];
const hostile = fc.string({
  unit: fc.constantFrom("a", "'", "%", "&", "#", "+", " ", "ü", "株", "😀", "=", ",", "(", ")"),
  maxLength: 8,
});
// Real values, their other-case spellings (subscriptionType is case-sensitive, the rest are not) and junk.
const valueOf = (field: string) =>
  fc.oneof(
    fc.constantFrom(...seen(field)),
    fc.constantFrom(...seen(field)).map((v) => v.toLowerCase()),
    hostile,
  );

const leaf: fc.Arbitrary<Node> = fc.oneof(
  fc.constantFrom("status" as const, "subscriptionType" as const, "customerMarket" as const).chain((field) =>
    fc.record({
      kind: fc.constantFrom("eq" as const, "ne" as const),
      field: fc.constant(field),
      value: valueOf(field),
    }),
  ),
  fc.record({ kind: fc.constant("flag" as const), value: fc.boolean() }),
  fc.record({
    kind: fc.constant("contains" as const),
    value: fc.oneof(fc.constantFrom("a", "co", "LTD", "inc"), hostile),
  }),
  fc.record({
    kind: fc.constant("date" as const),
    op: fc.constantFrom("ge" as const, "lt" as const),
    day: fc
      .date({ min: new Date("2023-06-01"), max: new Date("2026-12-01"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  }),
);
const tree: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.record({
      kind: fc.constantFrom("and" as const, "or" as const),
      parts: fc.array(tie("node"), { minLength: 2, maxLength: 3 }),
    }),
  ),
})).node;

const f = filterFor("subscriptions");
function build(node: Node): Filter<"subscriptions"> {
  switch (node.kind) {
    case "eq":
    case "ne":
      return f[node.kind](node.field, node.value);
    case "flag":
      return f.eq("autoRenewEnabled", node.value);
    case "contains":
      return f.contains("customerName", node.value);
    case "date":
      return f[node.op]("creationDate", `${node.day}T00:00:00Z`);
    default: {
      const [first, ...rest] = node.parts.map(build);
      return node.kind === "and" ? f.and(first!, ...rest) : f.or(first!, ...rest);
    }
  }
}

// The tree the parser should build: n-ary and/or chains (a and (b and c) is written a and b and c).
function toAst(node: Node): unknown {
  switch (node.kind) {
    case "eq":
    case "ne":
      return {
        type: "compare",
        field: node.field,
        op: node.kind,
        value: { type: "string", value: node.value },
      };
    case "flag":
      return {
        type: "compare",
        field: "autoRenewEnabled",
        op: "eq",
        value: { type: "boolean", value: node.value },
      };
    case "contains":
      return { type: "contains", field: "customerName", value: node.value };
    case "date":
      return {
        type: "compare",
        field: "creationDate",
        op: node.op,
        value: { type: "date", value: `${node.day}T00:00:00Z` },
      };
    default:
      return {
        type: node.kind,
        operands: node.parts.flatMap((part) =>
          part.kind === node.kind ? (toAst(part) as { operands: unknown[] }).operands : [toAst(part)],
        ),
      };
  }
}

const ms = (text: unknown) =>
  Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(String(text)) ? String(text) : `${String(text)}Z`);
function matches(node: Node, row: Record<string, unknown>): boolean {
  switch (node.kind) {
    case "eq":
    case "ne": {
      const actual = String(row[node.field]);
      const same =
        node.field === "subscriptionType"
          ? actual === node.value
          : actual.toLowerCase() === node.value.toLowerCase();
      return node.kind === "eq" ? same : !same;
    }
    case "flag":
      return row.autoRenewEnabled === node.value;
    case "contains":
      return String(row.customerName).toLowerCase().includes(node.value.toLowerCase());
    case "date":
      return node.op === "ge"
        ? ms(row.creationDate) >= ms(`${node.day}T00:00:00Z`)
        : ms(row.creationDate) < ms(`${node.day}T00:00:00Z`);
    case "and":
      return node.parts.every((p) => matches(p, row));
    case "or":
      return node.parts.some((p) => matches(p, row));
  }
}

describe("client filter builder ⇄ mock filter parser", () => {
  it("the mock parses what the client sends, through percent-encoding, back to the same expression", () => {
    fc.assert(
      fc.property(tree, (node) => {
        const sent = new URLSearchParams(buildQueryString("subscriptions", { filter: build(node) })).get(
          "filter",
        );
        const parsed = parseFilter(sent!);
        expect(parsed).toEqual(toAst(node));
        expect(parseFilter(formatFilter(parsed))).toEqual(parsed);
      }),
      { numRuns: 500 },
    );
  });

  it("filtering raw rows and summing equals the engine's grouped answer", () => {
    fc.assert(
      fc.property(tree, (node) => {
        const params = new URLSearchParams(
          buildQueryString("subscriptions", { filter: build(node), groupby: ["status"] }),
        );
        const grouped = runQuery(dataset, "subscriptions", params).Value;
        const expected = new Map<string, { count: number; licences: number }>();
        for (const row of rows.filter((r) => matches(node, r))) {
          const g = expected.get(String(row.status)) ?? { count: 0, licences: 0 };
          g.count += 1;
          g.licences += Number(row.licenseCount);
          expected.set(String(row.status), g);
        }
        const actual = new Map(
          grouped.map((g) => [
            String(g.status),
            { count: Number(g.subscriptionCount), licences: Number(g.licenseCount) },
          ]),
        );
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
