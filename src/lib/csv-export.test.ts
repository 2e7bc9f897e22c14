import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { CSV_BOM, CsvFile, exportFileName } from "./csv-export.ts";

const hostile = [
  'say "hi"',
  "a,b",
  "line1\nline2",
  "line1\r\nline2",
  '=HYPERLINK("http://x","y")',
  "+cmd",
  "-2+3",
  "@SUM(A1)",
  "\tleading tab",
  "\rleading CR",
  "=1+1\nsecond line",
  "Müller 株式会社 😀",
  " padded ",
  "plain",
];
const needsPrefix = (text: string) => /^[=+\-@\t\r]/.test(text);

function parse(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter: ",", newline: "\r\n" });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe("CsvFile", () => {
  test("hostile text round-trips through Papa.parse, with a ' before anything a spreadsheet would run", () => {
    const file = new CsvFile(["value"]);
    file.add(hostile.map((value) => ({ value })));
    const rows = parse(file.text());
    expect(rows[0]).toEqual(["value"]);
    expect(rows.slice(1).map(([cell]) => cell)).toEqual(
      hostile.map((text) => (needsPrefix(text) ? `'${text}` : text)),
    );
    expect(file.text()).toContain('\r\n"say ""hi"""\r\n"a,b"\r\n');
  });

  test("papaparse's own escapeFormulae misses a multi-line formula, the reason for our own pattern", () => {
    expect(Papa.unparse([["=1+1\nx"]], { escapeFormulae: true })).toBe('"=1+1\nx"');
    const file = new CsvFile(["v"]);
    file.add([{ v: "=1+1\nx" }]);
    expect(file.text()).toContain(`"'=1+1\nx"`);
  });

  test("starts with a BOM, writes the field names as the header and CRLF line ends", () => {
    const file = new CsvFile(["customerName", "licenseCount"]);
    file.add([{ customerName: "Contoso", licenseCount: 3 }]);
    const text = file.text();
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.slice(1)).toBe("customerName,licenseCount\r\nContoso,3");
  });

  test("null and missing values are empty cells; numbers and booleans stay bare, negative ones unprefixed", () => {
    const file = new CsvFile(["a", "b", "c", "d"]);
    file.add([
      { a: null, b: -2.5, c: true, d: "-2.5" },
      { a: "x", b: 0 },
    ]);
    const lines = file.text().slice(1).split("\r\n");
    expect(lines[1]).toBe(`,-2.5,true,"'-2.5"`);
    expect(lines[2]).toBe("x,0,,");
    expect(parse(file.text()).slice(1)).toEqual([
      ["", "-2.5", "true", "'-2.5"],
      ["x", "0", "", ""],
    ]);
  });

  test("pages are joined without blank lines and counted", () => {
    const file = new CsvFile(["n"]);
    file.add([{ n: 1 }, { n: 2 }]);
    file.add([]);
    file.add([{ n: 3 }]);
    expect(file.rowCount).toBe(3);
    expect(parse(file.text())).toEqual([["n"], ["1"], ["2"], ["3"]]);
  });

  test("a header-only file is just the BOM and the header", () => {
    expect(new CsvFile(["a", "b"]).text()).toBe(`${CSV_BOM}a,b`);
  });

  test("the Blob holds the same UTF-8 text", async () => {
    const file = new CsvFile(["name"]);
    file.add([{ name: "Müller 株式会社 😀" }]);
    const blob = file.blob();
    expect(blob.type).toBe("text/csv;charset=utf-8");
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(file.text());
  });
});

describe("exportFileName", () => {
  const range = { from: "2026-08-01", to: "2026-10-31" };

  test("names resource, range and filters", () => {
    expect(exportFileName("subscriptions", range, [["status", ["ACTIVE"]]])).toBe(
      "subscriptions_2026-08-01_2026-10-31_status-ACTIVE.csv",
    );
    expect(
      exportFileName("subscriptions", range, [
        ["status", ["ACTIVE", "SUSPENDED"]],
        ["autoRenewEnabled", true],
      ]),
    ).toBe("subscriptions_2026-08-01_2026-10-31_status-ACTIVE-SUSPENDED_autoRenewEnabled-true.csv");
  });

  test("keeps safe characters only and skips filters that become empty", () => {
    expect(
      exportFileName("usage/azure", range, [
        ["customerName", "Müller / ../株式会社"],
        ["meterUnit", "10,000s"],
        ["x", "😀"],
      ]),
    ).toBe("usage-azure_2026-08-01_2026-10-31_customerName-Muller_meterUnit-10-000s.csv");
  });

  test("stays short", () => {
    const name = exportFileName("search", range, [["keywordSearchText", "a".repeat(500)]]);
    expect(name.length).toBeLessThanOrEqual(154);
    expect(name).toMatch(/^[A-Za-z0-9_-]+\.csv$/);
  });
});
