import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CsvBytes, csvCell } from "./csv-bytes.ts";

// The writer must say exactly what papaparse said with the options the export used before it: an independent
// CSV implementation as the oracle, on text built to hit every rule (quotes, commas, line breaks, edge spaces,
// formula starts, the byte order mark, characters beyond ASCII and beyond the BMP).
const PAPA_OPTIONS = { newline: "\r\n", escapeFormulae: /^[=+\-@\t\r]/, header: false } as const;

const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom('"', ",", "\r", "\n", " ", "=", "+", "-", "@", "\t", "'", "\uFEFF", "é", "中", "😀"),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 12,
});
const value = fc.oneof(
  tricky,
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constantFrom(null, undefined, "", " ", "-2+3", "=1+1\nx"),
);

function written(fields: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const writer = new CsvBytes();
  writer.rows(fields, rows);
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(writer.take());
}

describe("CsvBytes", () => {
  it("writes rows byte for byte as papaparse's unparse did", () => {
    const fields = ["a", "b", "c"];
    fc.assert(
      fc.property(
        fc.array(fc.record({ a: value, b: value, c: value }), { minLength: 1, maxLength: 8 }),
        (rows) => {
          expect(written(fields, rows)).toBe(Papa.unparse({ fields, data: rows }, PAPA_OPTIONS));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("quotes and neutralises text, never numbers", () => {
    expect(csvCell("=1+1")).toBe(`"'=1+1"`);
    expect(csvCell("=1+1\nx")).toBe(`"'=1+1\nx"`);
    expect(csvCell(-2)).toBe("-2");
    expect(csvCell("-2+3")).toBe(`"'-2+3"`);
    expect(csvCell('say "hi"')).toBe(`"say ""hi"""`);
    expect(csvCell(" padded")).toBe(`" padded"`);
    expect(csvCell(null)).toBe("");
  });

  it("grows past its first megabyte and starts each chunk afresh", () => {
    const writer = new CsvBytes();
    const long = "x".repeat(700_000);
    writer.rows(["v"], [{ v: long }, { v: "é" + long }]);
    const first = writer.take();
    expect(first.length).toBe(700_000 + 2 + 2 + 700_000);
    writer.rows(["v"], [{ v: "next" }]);
    expect(new TextDecoder().decode(writer.take())).toBe("next");
  });
});
