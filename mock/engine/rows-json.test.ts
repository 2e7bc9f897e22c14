import { describe, expect, it } from "vitest";
import { datasetFromRows } from "../dataset/dataset-from-rows.ts";
import { rowReader } from "./materialize-row.ts";
import { RESOURCES, type ResourceName } from "./resources.ts";
import { ByteSink, writeRows } from "./rows-json.ts";

const ms = (iso: string) => Date.parse(iso);

// Values at the edges of what JSON.stringify and toISOString write: years with fewer digits, times before 1970,
// leap days, milliseconds or not, fractions of a millisecond, text that needs escaping, numbers that are not
// whole, negative or not finite.
const DATES = [
  ms("2026-05-27T04:30:44.535Z"),
  ms("2026-05-27T00:00:00Z"),
  ms("2024-02-29T23:59:59.001Z"),
  ms("1969-12-31T23:59:59.999Z"),
  ms("1900-03-01T12:00:00Z"),
  ms("0001-01-02T00:00:00.010Z"),
  ms("9999-12-31T23:59:59.999Z"),
  ms("1970-01-01T00:00:00Z"),
  1_700_000_000_000.75,
  Number.NaN,
];
const NUMBERS = [0, -0, 7, -12, 0.1, 1e21, 2 ** 53, 123.456e-9, Number.NaN, Number.POSITIVE_INFINITY];
const TEXTS = [
  'Margie\'s "Travel"',
  "back\\slash",
  "Müller & Sœhne",
  "🙂 emoji",
  "\u0001\n\t",
  "\ud800 lone",
  "",
];

function rowsOf(date: string, number: string, text: string) {
  return DATES.map((value, i) => ({
    [date]: value,
    [number]: NUMBERS[i % NUMBERS.length],
    [text]: TEXTS[i % TEXTS.length],
    // Booleans and nulls (every other field is null or 0).
    autoRenewEnabled: i % 2 === 0,
    contactButtonClicked: i % 3 === 0 ? null : i % 3 === 1,
  }));
}

function bothWays(resource: ResourceName, rows: Record<string, unknown>[]) {
  const table = datasetFromRows({ [resource]: rows }).tables[resource];
  const spec = RESOURCES[resource];
  const order = Int32Array.from(rows.keys()).reverse();
  const out = new ByteSink(0);
  writeRows(out, table, spec, order, 1, order.length);
  const read = rowReader(table, spec);
  const expected = JSON.stringify([...order.subarray(1)].map((row) => read(row)));
  return { actual: Buffer.from(out.bytes.subarray(0, out.length)), expected: Buffer.from(expected) };
}

describe("raw rows written as JSON bytes", () => {
  it.each([
    ["subscriptions", "creationDate", "licenseCount", "customerName"],
    ["indirectresellers", "firstSubscriptionCreationDate", "licenseCount", "name"],
    // mpnId is a term that may hold numbers (like the search sample).
    ["search", "searchDate", "mpnId", "companyName"],
    ["usage/azure", "usageDate", "quantity", "meterCategory"],
  ] as const)("are byte for byte JSON.stringify of the row objects (%s)", (resource, date, number, text) => {
    const names = RESOURCES[resource].fields.map((field) => field.name);
    expect(names).toEqual(expect.arrayContaining([date, number, text]));
    const { actual, expected } = bothWays(resource, rowsOf(date, number, text));
    expect(actual.toString()).toBe(expected.toString());
    expect(actual.equals(expected)).toBe(true);
  });

  it("write every date from year 0 to 9999 as toISOString does (every 97th day, varying times)", () => {
    const first = ms("0000-01-01T00:00:00Z");
    const dates = [];
    for (let day = 0; first + day * 86_400_000 < ms("9999-12-31T00:00:00Z"); day += 97)
      dates.push(first + day * 86_400_000 + ((day * 7_919_993) % 86_400_000));
    expect(dates.length).toBeGreaterThan(37_000);
    const { actual, expected } = bothWays(
      "subscriptions",
      dates.map((creationDate) => ({ creationDate })),
    );
    expect(actual.equals(expected)).toBe(true);
  });

  it("writes an empty range as an empty array", () => {
    const table = datasetFromRows({}).tables.subscriptions;
    const out = new ByteSink(0);
    writeRows(out, table, RESOURCES.subscriptions, new Int32Array(0), 0, 0);
    expect(Buffer.from(out.bytes.subarray(0, out.length)).toString()).toBe("[]");
  });
});
