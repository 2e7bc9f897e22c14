import { getColumn, type Table, type TermValue } from "../dataset/table.ts";
import { DAY_MS, formatDate } from "./dates.ts";
import type { ResourceSpec } from "./resources.ts";

// A raw page is 10,000 rows of ~860 bytes of JSON. Building a row object per row and stringifying them was most of
// the engine's time for the grid's pages (issue 18); this writes the same JSON as UTF-8 bytes directly: dictionary
// entries are encoded once per dictionary and dates are written digit by digit, so a page makes almost no garbage.
// The bytes are what the server sends, and cross from the engine's thread without a copy.

const encoder = new TextEncoder();

/** Growable UTF-8 output. A plain Uint8Array (not a pooled Buffer), so its memory can be transferred. */
export class ByteSink {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(64, capacity));
  }

  ensure(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + more));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }

  /** Text that is ASCII (digits, JSON punctuation, already escaped JSON). */
  ascii(text: string): void {
    this.ensure(text.length);
    const { bytes } = this;
    for (let i = 0; i < text.length; i++) bytes[this.length++] = text.charCodeAt(i);
  }

  copy(source: Uint8Array, start: number, end: number): void {
    this.ensure(end - start);
    const { bytes } = this;
    for (let i = start; i < end; i++) bytes[this.length++] = source[i] ?? 0;
  }
}

/** JSON of every dictionary entry as UTF-8, end to end: entry i is bytes[offsets[i]] up to bytes[offsets[i + 1]]. */
interface PackedTerms {
  readonly bytes: Uint8Array;
  readonly offsets: Int32Array;
}

const packedCache = new WeakMap<readonly TermValue[], PackedTerms>();

/** Dictionaries never change, so each is encoded once (a few MB for the demo's largest, the subscription ids). */
function packedTerms(values: readonly TermValue[]): PackedTerms {
  const cached = packedCache.get(values);
  if (cached) return cached;
  const texts = values.map((value) => JSON.stringify(value));
  const bytes = encoder.encode(texts.join(""));
  const offsets = new Int32Array(texts.length + 1);
  texts.forEach((text, i) => {
    offsets[i + 1] = (offsets[i] ?? 0) + Buffer.byteLength(text);
  });
  const packed = { bytes, offsets };
  packedCache.set(values, packed);
  return packed;
}

/** Epoch ms of 0000-01-01 and 10000-01-01: toISOString writes four-digit years between them. */
const FOUR_DIGIT_YEARS = [-62_167_219_200_000, 253_402_300_800_000] as const;

/** Year, month and day of a day number (days since 1970-01-01), proleptic Gregorian (H. Hinnant's civil_from_days). */
function civilDay(day: number): [number, number, number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [
    yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1,
  ];
}

/** Writes `value` as `width` digits at `at` (the caller made room). */
function putDigits(bytes: Uint8Array, at: number, value: number, width: number): void {
  let rest = value;
  for (let i = at + width - 1; i >= at; i--) {
    bytes[i] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
}

const [QUOTE, DASH, COLON, DOT, T] = [34, 45, 58, 46, 84];

/** Writes a date as `wireDate` + JSON.stringify would: "2026-05-27T04:30:44.535", or the unset marker. */
function dateWriter(spec: ResourceSpec): (out: ByteSink, ms: number) => void {
  const unset = JSON.stringify(spec.unsetDate);
  const withTime = spec.dateFormat === "datetime";
  return (out, ms) => {
    if (Number.isNaN(ms)) return out.ascii(unset);
    if (!Number.isInteger(ms) || ms < FOUR_DIGIT_YEARS[0] || ms >= FOUR_DIGIT_YEARS[1])
      return out.ascii(JSON.stringify(formatDate(ms, spec.dateFormat)));
    const day = Math.floor(ms / DAY_MS);
    const [year, month, date] = civilDay(day);
    out.ensure(25);
    const { bytes } = out;
    let at = out.length;
    bytes[at] = QUOTE;
    putDigits(bytes, at + 1, year, 4);
    bytes[at + 5] = DASH;
    putDigits(bytes, at + 6, month, 2);
    bytes[at + 8] = DASH;
    putDigits(bytes, at + 9, date, 2);
    at += 11;
    if (withTime) {
      const time = ms - day * DAY_MS;
      bytes[at] = T;
      putDigits(bytes, at + 1, Math.floor(time / 3_600_000), 2);
      bytes[at + 3] = COLON;
      putDigits(bytes, at + 4, Math.floor(time / 60_000) % 60, 2);
      bytes[at + 6] = COLON;
      putDigits(bytes, at + 7, Math.floor(time / 1000) % 60, 2);
      at += 9;
      if (time % 1000 !== 0) {
        bytes[at] = DOT;
        putDigits(bytes, at + 1, time % 1000, 3);
        at += 4;
      }
    }
    bytes[at] = QUOTE;
    out.length = at + 1;
  };
}

function writeNumber(out: ByteSink, value: number): void {
  out.ascii(Number.isFinite(value) ? String(value) : "null");
}

type FieldWriter = (out: ByteSink, row: number) => void;

function fieldWriter(table: Table, spec: ResourceSpec, name: string, kind: string): FieldWriter {
  const column = getColumn(table, name);
  if (column.kind === "term") {
    const { codes } = column;
    const { bytes, offsets } = packedTerms(column.values);
    return (out, row) => {
      const code = codes[row] ?? 0;
      out.copy(bytes, offsets[code] ?? 0, offsets[code + 1] ?? 0);
    };
  }
  const { values } = column;
  if (kind === "date") {
    const writeDate = dateWriter(spec);
    return (out, row) => writeDate(out, values[row] ?? Number.NaN);
  }
  return (out, row) => writeNumber(out, values[row] ?? Number.NaN);
}

/**
 * Writes rows[start..end) of the table as a JSON array of "get all" rows, byte for byte what JSON.stringify writes
 * for `rowReader`'s objects (sample field order).
 */
export function writeRows(
  out: ByteSink,
  table: Table,
  spec: ResourceSpec,
  rows: Int32Array,
  start: number,
  end: number,
) {
  const fields = spec.fields.map((field, i) => ({
    key: encoder.encode(`${i === 0 ? "{" : ","}${JSON.stringify(field.name)}:`),
    write: fieldWriter(table, spec, field.name, field.kind),
  }));
  out.ascii("[");
  for (let i = start; i < end; i++) {
    if (i > start) out.ascii(",");
    const row = rows[i] ?? 0;
    for (const { key, write } of fields) {
      out.copy(key, 0, key.length);
      write(out, row);
    }
    out.ascii("}");
    // The first row tells roughly how large the page will be: one allocation instead of doubling.
    if (i === start) out.ensure(Math.ceil(out.length * (end - start - 1) * 1.1) + 64);
  }
  out.ascii("]");
}
