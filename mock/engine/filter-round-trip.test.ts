import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COMPARE_OPS,
  formatFilter,
  MAX_FILTER_LENGTH,
  parseFilter,
  type FilterNode,
} from "./parse-filter.ts";

const noNegativeZero = (value: number) => (Object.is(value, -0) ? 0 : value);
const isoDate = fc
  .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
  .chain((date) =>
    fc.constantFrom(date.toISOString(), date.toISOString().slice(0, 10), date.toISOString().slice(0, 19)),
  );

const anyValue = fc.oneof(
  fc.string({ maxLength: 12 }).map((value) => ({ type: "string" as const, value })),
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .map((value) => ({ type: "number" as const, value: noNegativeZero(value) })),
  fc.integer().map((value) => ({ type: "number" as const, value })),
  fc.boolean().map((value) => ({ type: "boolean" as const, value })),
  fc.constant({ type: "null" as const }),
  isoDate.map((value) => ({ type: "date" as const, value })),
);

const anyTree = fc.letrec<{ node: FilterNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({
      type: fc.constant("compare" as const),
      field: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/),
      op: fc.constantFrom(...COMPARE_OPS),
      value: anyValue,
    }),
    fc.record({
      type: fc.constant("contains" as const),
      field: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/),
      value: fc.string({ maxLength: 12 }),
    }),
    fc.record({
      type: fc.constantFrom("and" as const, "or" as const),
      operands: fc.array(tie("node"), { minLength: 2, maxLength: 3 }),
    }),
  ),
})).node;

describe("filter text round trip", () => {
  it("parseFilter(formatFilter(ast)) gives the same ast", () => {
    fc.assert(
      fc.property(anyTree, (node) => {
        const text = formatFilter(node);
        fc.pre(text.length <= MAX_FILTER_LENGTH);
        expect(parseFilter(text)).toEqual(node);
      }),
      { numRuns: 500 },
    );
  });
});
