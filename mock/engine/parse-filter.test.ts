import { describe, expect, it } from "vitest";
import { formatFilter, MAX_FILTER_LENGTH, parseFilter, type FilterNode } from "./parse-filter.ts";
import { QueryError } from "./query-error.ts";

const cmp = (field: string, value: string): FilterNode => ({
  type: "compare",
  field,
  op: "eq",
  value: { type: "string", value },
});

describe("parseFilter", () => {
  it("parses every documented filter example", () => {
    const examples = [
      "meterCategory eq 'Data Management'",
      "meterCategory eq 'Data Management' or (usageDate le cast('2018-01-01', Edm.DateTimeOffset) and usageDate le cast('2018-04-01', Edm.DateTimeOffset))",
      "market eq 'US' or (firstSubscriptionCreationDate le cast('2018-01-01',Edm.DateTimeOffset) and firstSubscriptionCreationDate le cast('2018-04-01',Edm.DateTimeOffset))",
      "autoRenewEnabled eq true",
      "autoRenewEnabled eq true and customerMarket eq 'US'",
      "field eq 'value'",
      "contains(reviewText,'great')",
    ];
    for (const example of examples) expect(() => parseFilter(example)).not.toThrow();
    expect(parseFilter(examples[2] ?? "")).toEqual({
      type: "or",
      operands: [
        cmp("market", "US"),
        {
          type: "and",
          operands: [
            {
              type: "compare",
              field: "firstSubscriptionCreationDate",
              op: "le",
              value: { type: "date", value: "2018-01-01" },
            },
            {
              type: "compare",
              field: "firstSubscriptionCreationDate",
              op: "le",
              value: { type: "date", value: "2018-04-01" },
            },
          ],
        },
      ],
    });
  });

  it("binds 'and' tighter than 'or' and keeps parenthesised groups", () => {
    expect(parseFilter("a eq '1' or b eq '2' and c eq '3'")).toEqual({
      type: "or",
      operands: [cmp("a", "1"), { type: "and", operands: [cmp("b", "2"), cmp("c", "3")] }],
    });
    expect(parseFilter("(a eq '1' or b eq '2') and c eq '3'")).toEqual({
      type: "and",
      operands: [{ type: "or", operands: [cmp("a", "1"), cmp("b", "2")] }, cmp("c", "3")],
    });
    expect(parseFilter("a eq '1' or b eq '2' or c eq '3'")).toEqual({
      type: "or",
      operands: [cmp("a", "1"), cmp("b", "2"), cmp("c", "3")],
    });
  });

  it("reads literals: escaped quotes, numbers, booleans, null and casts", () => {
    const value = (text: string) => {
      const node = parseFilter(`f eq ${text}`);
      return node.type === "compare" ? node.value : undefined;
    };
    expect(value("'O''Brien'")).toEqual({ type: "string", value: "O'Brien" });
    expect(value("''''")).toEqual({ type: "string", value: "'" });
    expect(value("-12.5e2")).toEqual({ type: "number", value: -1250 });
    expect(value("TRUE")).toEqual({ type: "boolean", value: true });
    expect(value("Null")).toEqual({ type: "null" });
    expect(value("CAST( '2018-01-01T10:00:00Z' ,edm.DATETIMEOFFSET )")).toEqual({
      type: "date",
      value: "2018-01-01T10:00:00Z",
    });
  });

  it("formats a canonical text that parses back to the same tree", () => {
    const text =
      "A EQ 'x''y' AND (b ne 2 OR contains( c , 'z' )) or d le cast('2018-01-01',Edm.DateTimeOffset)";
    const canonical =
      "A eq 'x''y' and (b ne 2 or contains(c,'z')) or d le cast('2018-01-01', Edm.DateTimeOffset)";
    expect(formatFilter(parseFilter(text))).toBe(canonical);
    expect(parseFilter(canonical)).toEqual(parseFilter(text));
    expect(
      formatFilter(parseFilter("(a eq 1 and b eq 2) and (c eq 3 or d eq 4) or (e eq 5 or f eq 6)")),
    ).toBe("(a eq 1 and b eq 2) and (c eq 3 or d eq 4) or (e eq 5 or f eq 6)");
  });

  it.each([
    ["a eq 'x')", "Unexpected ')' at position 8 in filter", 8],
    ["a eq", "Unexpected end of filter at position 4 in filter", 4],
    ["a 'x'", "Unexpected quoted string at position 2", 2],
    ["a eq 'x' and", "Unexpected end of filter at position 12", 12],
    ["a eq 'x' b eq 'y'", "Unexpected 'b' at position 9", 9],
    ["a eq cast('x', Edm.DateTimeOffset)", "'x' at position 10 in filter is not a valid ISO date", 10],
    ["a eq cast('2018-01-01', Edm.String)", "Unexpected 'Edm.String' at position 24", 24],
    ["contains(a 'x')", "Unexpected quoted string at position 11", 11],
    ["a eq 'x", "Unterminated string starting at position 5", 5],
    ["a eq @", "Unexpected character '@' at position 5", 5],
    ["a eq 1.2.3", "Unexpected character '.' at position 8", 8],
    [")", "Unexpected ')' at position 0", 0],
  ])("reports %j with its position", (text, message, position) => {
    let error: unknown;
    try {
      parseFilter(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(QueryError);
    expect((error as QueryError).description).toContain(message);
    expect((error as QueryError).position).toBe(position);
  });

  it("handles the longest allowed chain without deep recursion", () => {
    const chain = Array.from({ length: 300 }, (_, i) => `f eq ${i}`).join(" or ");
    expect(chain.length).toBeLessThanOrEqual(MAX_FILTER_LENGTH);
    const node = parseFilter(chain);
    expect(node.type === "or" && node.operands.length).toBe(300);
  });
});
