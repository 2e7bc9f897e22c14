import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { InvalidQueryError } from "./errors.ts";
import { filterFor } from "./filter.ts";
import { buildQueryString } from "./query.ts";

const subs = filterFor("subscriptions");
const usage = filterFor("usage/azure");
/** What the server sees: the query string decoded the standard way. */
const sentFilter = (filter: ReturnType<typeof subs.eq>) =>
  new URLSearchParams(buildQueryString("subscriptions", { filter })).get("filter");

describe("literals", () => {
  test("strings quoted, booleans and null bare, dates cast in UTC", () => {
    expect(subs.eq("customerMarket", "US").expression).toBe("customerMarket eq 'US'");
    expect(subs.eq("autoRenewEnabled", true).expression).toBe("autoRenewEnabled eq true");
    expect(subs.ne("deprovisionedDate", null).expression).toBe("deprovisionedDate ne null");
    expect(subs.ge("creationDate", "2026-01-01").expression).toBe(
      "creationDate ge cast('2026-01-01T00:00:00Z', Edm.DateTimeOffset)",
    );
    expect(subs.lt("creationDate", new Date(Date.UTC(2026, 1, 3, 4, 5, 6, 7))).expression).toBe(
      "creationDate lt cast('2026-02-03T04:05:06.007Z', Edm.DateTimeOffset)",
    );
    expect(subs.le("creationDate", "2026-01-01T02:00:00+02:00").expression).toContain(
      "'2026-01-01T00:00:00Z'",
    );
    expect(subs.contains("customerName", "contoso").expression).toBe("contains(customerName,'contoso')");
  });

  test("the documented examples", () => {
    const cast = (day: string) => `cast('${day}T00:00:00Z', Edm.DateTimeOffset)`;
    const expr = usage.or(
      usage.eq("meterCategory", "Data Management"),
      usage.group(usage.and(usage.le("usageDate", "2018-01-01"), usage.le("usageDate", "2018-04-01"))),
    ).expression;
    expect(expr).toBe(
      `meterCategory eq 'Data Management' or (usageDate le ${cast("2018-01-01")} and usageDate le ${cast("2018-04-01")})`,
    );
    expect(subs.and(subs.eq("autoRenewEnabled", true), subs.eq("customerMarket", "US")).expression).toBe(
      "autoRenewEnabled eq true and customerMarket eq 'US'",
    );
  });
});

describe("precedence: and binds tighter than or", () => {
  const [a, b, c, d] = (["A", "B", "C", "D"] as const).map((m) => subs.eq("customerMarket", m)) as [
    ReturnType<typeof subs.eq>,
    ReturnType<typeof subs.eq>,
    ReturnType<typeof subs.eq>,
    ReturnType<typeof subs.eq>,
  ];
  const text = (f: { expression: string }) => f.expression.replaceAll(/customerMarket eq '(\w)'/g, "$1");

  test.each([
    ["and(or(a,b), c)", () => subs.and(subs.or(a, b), c), "(A or B) and C"],
    ["and(a, or(b,c))", () => subs.and(a, subs.or(b, c)), "A and (B or C)"],
    ["or(and(a,b), c)", () => subs.or(subs.and(a, b), c), "A and B or C"],
    ["and(or(a,b), or(c,d))", () => subs.and(subs.or(a, b), subs.or(c, d)), "(A or B) and (C or D)"],
    ["or(a, or(b,c))", () => subs.or(a, subs.or(b, c)), "A or B or C"],
    ["and(and(a,b), c)", () => subs.and(subs.and(a, b), c), "A and B and C"],
    ["and(group(or(a,b)), c)", () => subs.and(subs.group(subs.or(a, b)), c), "(A or B) and C"],
    ["and(a)", () => subs.and(a), "A"],
  ])("%s", (_, build, expected) => expect(text(build())).toBe(expected));
});

describe("hostile values survive encoding exactly", () => {
  test.each([
    ["O'Brien", "customerName eq 'O''Brien'"],
    ["''", "customerName eq ''''''"],
    ["Müller 株式会社 😀", "customerName eq 'Müller 株式会社 😀'"],
    ["100% & co #1 + a=b", "customerName eq '100% & co #1 + a=b'"],
    ["line1\nline2\r\n\ttab", "customerName eq 'line1\nline2\r\n\ttab'"],
    ["a') or (1 eq 1", "customerName eq 'a'') or (1 eq 1'"],
  ])("%j", (value, expected) => {
    const filter = subs.eq("customerName", value);
    expect(filter.expression).toBe(expected);
    const query = buildQueryString("subscriptions", { filter, top: 5 });
    expect(query).toMatch(/^filter=[^&#+= \n]*&top=5$/);
    expect(sentFilter(filter)).toBe(expected);
  });

  const unquote = (expression: string, prefix: string) =>
    expression.slice(prefix.length + 1, -1).replaceAll("''", "'");
  const hostile = fc.constantFrom(
    "'",
    "''",
    "%",
    "%25",
    "&",
    "#",
    "+",
    "=",
    "?",
    "\n",
    "\r",
    " ",
    "😀",
    "ü",
    "株",
    "\\",
    ",",
    "(",
    ")",
  );
  const anyText = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({ unit: hostile }),
    fc.string({ unit: "grapheme" }),
  );

  test("property: decode(encode(expression)) === expression, and the literal round-trips", () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const eq = subs.eq("customerName", value);
        const contains = subs.contains("productName", value);
        expect(sentFilter(eq)).toBe(eq.expression);
        expect(sentFilter(contains)).toBe(contains.expression);
        expect(unquote(eq.expression, "customerName eq ")).toBe(value);
        expect(unquote(contains.expression.slice(0, -1), "contains(productName,")).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });

  test("property: an unpaired surrogate is refused by name instead of breaking encodeURIComponent", () => {
    const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string(), lone, fc.string(), (before, surrogate, after) => {
        expect(() => subs.eq("customerName", before + surrogate + after)).toThrow(
          /customerName: the text contains an unpaired surrogate/,
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe("wrong fields and values", () => {
  test("are type errors, and are refused at run time too (fields often come from the URL)", () => {
    const refused = (build: () => unknown, problem: string) => {
      expect(build).toThrow(InvalidQueryError);
      expect(build).toThrow(expect.objectContaining({ problem }));
    };
    // @ts-expect-error: not a subscriptions field
    refused(() => subs.eq("meterCategory", "x"), "unknown-field");
    // @ts-expect-error: trialEndDate is in rows but not filterable
    refused(() => subs.eq("trialEndDate", null), "unknown-field");
    // @ts-expect-error: a boolean field takes a boolean
    refused(() => subs.eq("autoRenewEnabled", "true"), "invalid-value");
    // @ts-expect-error: gt works on dates only
    refused(() => subs.gt("customerName", "a"), "invalid-value");
    // @ts-expect-error: contains works on text only
    refused(() => subs.contains("autoRenewEnabled", "t"), "invalid-value");
    // @ts-expect-error: range comparisons with null make no sense
    refused(() => subs.gt("creationDate", null), "invalid-value");
    refused(() => subs.ge("creationDate", "2026-13-01"), "invalid-value");
    refused(() => subs.ge("creationDate", new Date(Number.NaN)), "invalid-value");
    // @ts-expect-error: filters of different resources do not combine
    subs.and(subs.eq("customerMarket", "US"), usage.eq("meterCategory", "x"));
  });
});
