import { describe, expect, it } from "vitest";
import { FIXTURES, filtered } from "./testing/small-datasets.ts";

describe.each(FIXTURES)("filter on $resource", (fx) => {
  const { a, b, date } = fx;

  it("binds 'and' tighter than 'or'", () => {
    expect(filtered(fx, `${a} eq 'alpha' or ${a} eq 'beta' and ${b} eq 'x'`)).toEqual([1, 4]);
    expect(filtered(fx, `${b} eq 'y' and ${a} eq 'beta' or ${a} eq 'delta'`)).toEqual([2, 5]);
  });

  it("honours parentheses", () => {
    expect(filtered(fx, `(${a} eq 'alpha' or ${a} eq 'beta') and ${b} eq 'y'`)).toEqual([2, 4]);
    expect(filtered(fx, `((${b} eq 'z'))`)).toEqual([6]);
  });

  it("compares strings case-insensitively and treats ne as the complement of eq", () => {
    expect(filtered(fx, `${a} eq 'ALPHA'`)).toEqual([1, 4]);
    expect(filtered(fx, `${a} ne 'alpha'`)).toEqual([2, 3, 5, 6]);
  });

  it("matches contains() as a case-insensitive substring", () => {
    expect(filtered(fx, `contains(${a},'LPH')`)).toEqual([1, 4]);
    expect(filtered(fx, `contains(${a}, 'a''s')`)).toEqual([3]);
    expect(filtered(fx, `CONTAINS(${a},'')`)).toEqual([1, 2, 3, 4, 5]);
  });

  it("reads '' inside a string as one quote", () => {
    expect(filtered(fx, `${a} eq 'gamma''s'`)).toEqual([3]);
    expect(filtered(fx, `${a} eq 'gamma''''s'`)).toEqual([]);
  });

  it("compares with null", () => {
    expect(filtered(fx, `${a} eq null`)).toEqual([6]);
    expect(filtered(fx, `${a} ne null`)).toEqual([1, 2, 3, 4, 5]);
  });

  it("compares dates given with cast(), with or without spaces", () => {
    const from = `cast('2026-01-11', Edm.DateTimeOffset)`;
    expect(filtered(fx, `${date} ge ${from} and ${date} lt cast('2026-02-01',Edm.DateTimeOffset)`)).toEqual([
      3, 4,
    ]);
    expect(filtered(fx, `${date} eq cast('2026-01-05', edm.datetimeoffset)`)).toEqual([1]);
    expect(filtered(fx, `${date} gt cast('2026-02-01T00:00:00Z', Edm.DateTimeOffset)`)).toEqual([6]);
    expect(filtered(fx, `${date} le cast('2026-01-06', Edm.DateTimeOffset)`)).toEqual([1, 2]);
    expect(filtered(fx, `${date} ne cast('2026-01-06', Edm.DateTimeOffset)`)).toEqual([1, 3, 4, 5, 6]);
  });

  it("compares dates given as quoted ISO strings, zone-less meaning UTC", () => {
    expect(filtered(fx, `${date} eq '2026-01-06'`)).toEqual([2]);
    expect(filtered(fx, `${date} lt '2026-01-05T12:00:00'`)).toEqual([1]);
    expect(filtered(fx, `${date} lt '2026-01-05T12:00:00+11:00'`)).toEqual([1]);
    expect(filtered(fx, `${date} lt '2026-01-05T12:00:00+13:00'`)).toEqual([]);
    expect(filtered(fx, `${date} lt '2026-01-05T23:00:00-02:00'`)).toEqual([1, 2]);
  });

  it("accepts keywords in any case and flexible whitespace", () => {
    expect(filtered(fx, `  ${a}   EQ 'alpha'OR(${b} Eq 'z')  `)).toEqual([1, 4, 6]);
  });

  it("matches field names case-insensitively", () => {
    expect(filtered(fx, `${b.toUpperCase()} eq 'z'`)).toEqual([6]);
  });
});
