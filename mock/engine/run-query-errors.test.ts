import { describe, expect, it } from "vitest";
import { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH } from "./parse-filter.ts";
import { QueryError } from "./query-error.ts";
import { FIXTURES, query, type Fixture, type Params } from "./testing/small-datasets.ts";

function rejection(fx: Fixture, params: Params): QueryError {
  try {
    query(fx, params);
  } catch (error) {
    if (error instanceof QueryError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(params)} to be rejected`);
}

/** Asserts a 400 from `source` whose description contains every fragment. */
function expectRejected(fx: Fixture, params: Params, source: string, ...fragments: string[]): QueryError {
  const error = rejection(fx, params);
  expect(error.status).toBe(400);
  expect(error.source).toBe(source);
  expect(error.code).toBe(source === "filter" ? "InvalidFilter" : "InvalidParameter");
  for (const fragment of fragments) expect(error.description).toContain(fragment);
  expect(error.message).toBe(error.description);
  return error;
}

describe.each(FIXTURES)("400 answers on $resource", (fx) => {
  const { a, b, date, measure } = fx;

  it("names an unknown filter field and lists the valid ones", () => {
    expectRejected(fx, { filter: "bogusField eq 'x'" }, "filter", "Unknown field 'bogusField'", a, b, date);
  });

  it("reports a syntax error with its position", () => {
    const error = expectRejected(fx, { filter: `${b} eq 'x')` }, "filter", "Unexpected ')' at position");
    expect(error.position).toBe(b.length + 7);
    expect(error.description).toContain(`position ${b.length + 7} in filter`);
    expect(expectRejected(fx, { filter: `${b} eq` }, "filter", "end of filter").position).toBe(b.length + 3);
    expectRejected(fx, { filter: `${b} eq 'x` }, "filter", "Unterminated string");
    expectRejected(fx, { filter: `${b} like 'x'` }, "filter", "'like'", "eq, ne, gt, lt, ge, le");
    expectRejected(fx, { filter: `${b} eq 'x' #` }, "filter", "Unexpected character '#'");
    expectRejected(fx, { filter: `(${b} eq 'x'` }, "filter", "expected ')'");
  });

  it("rejects an operator the field's kind does not support", () => {
    expectRejected(fx, { filter: `${b} gt 'x'` }, "filter", "'gt'", "string field", b);
    expectRejected(fx, { filter: `contains(${date},'2026')` }, "filter", "contains()", date, "date");
    expectRejected(fx, { filter: `${date} gt null` }, "filter", "null", "eq null");
  });

  it("rejects literals of the wrong type", () => {
    expectRejected(fx, { filter: `${date} eq 'yesterday'` }, "filter", "'yesterday' is not a date", date);
    expectRejected(
      fx,
      { filter: `${date} eq cast('2026-02-30', Edm.DateTimeOffset)` },
      "filter",
      "'2026-02-30'",
    );
    expectRejected(fx, { filter: `${date} eq 5` }, "filter", date, "number 5");
    expectRejected(fx, { filter: `${b} eq true` }, "filter", b, "boolean true");
    expectRejected(fx, { filter: `${b} eq 42` }, "filter", b, "number 42");
  });

  it("bounds filter length and nesting", () => {
    const long = `${b} eq '${"x".repeat(MAX_FILTER_LENGTH)}'`;
    expectRejected(fx, { filter: long }, "filter", "too long", String(MAX_FILTER_LENGTH));
    const depth = MAX_FILTER_DEPTH + 1;
    expectRejected(
      fx,
      { filter: `${"(".repeat(depth)}${b} eq 'x'${")".repeat(depth)}` },
      "filter",
      "deeper than 50",
    );
    const deepest = `${"(".repeat(MAX_FILTER_DEPTH)}${b} eq 'z'${")".repeat(MAX_FILTER_DEPTH)}`;
    expect(query(fx, { filter: deepest }).TotalCount).toBe(1);
  });

  it("rejects aggregationLevel without groupby or outside day/week/month", () => {
    expectRejected(fx, { aggregationLevel: "day" }, "aggregationLevel", "needs a groupby");
    expectRejected(
      fx,
      { groupby: date, aggregationLevel: "year" },
      "aggregationLevel",
      "day, week or month",
      "'year'",
    );
  });

  it("rejects top outside 1..10000 or not an integer", () => {
    for (const top of ["0", "10001", "abc", "1.5", "-3", ""]) {
      expectRejected(fx, { top }, "top", "'top' must be an integer between 1 and 10000", `'${top}'`);
    }
  });

  it("rejects a negative or non-integer skip", () => {
    for (const skip of ["-1", "x", "2.5"])
      expectRejected(fx, { skip }, "skip", "'skip' must be an integer", skip);
  });

  it("rejects unknown or repeated groupby fields", () => {
    expectRejected(fx, { groupby: `${b},nope` }, "groupby", "'nope'", b, date);
    expectRejected(fx, { groupby: `${b},` }, "groupby", "empty field name");
    expectRejected(fx, { groupby: `${b},${b}` }, "groupby", `'${b}' more than once`);
  });

  it("rejects unknown orderby fields and bad directions", () => {
    expectRejected(fx, { orderby: "nope desc" }, "orderby", "'nope'", a, b);
    expectRejected(fx, { orderby: `${b} up` }, "orderby", "asc or desc", `${b} up`);
    expectRejected(fx, { orderby: `${b} asc desc` }, "orderby", "asc or desc");
    expectRejected(
      fx,
      { groupby: b, orderby: a },
      "orderby",
      `'${a}'`,
      "groupby fields and measures",
      measure,
    );
  });

  it("rejects a parameter given twice, whatever its case", () => {
    expectRejected(
      fx,
      [
        ["groupby", b],
        ["groupBy", b],
      ],
      "groupby",
      "more than once",
    );
  });
});
