import { MIN_DATE_MS, parseIsoDate } from "../engine/dates.ts";
import type { ResourceSpec } from "../engine/resources.ts";

// Columnar storage: a million usage rows as a million objects would cost hundreds of megabytes, so every
// table keeps one typed array per field. Strings and booleans are interned ("term" columns: a code per row
// plus a small dictionary), so filters and group keys work on integers. Numbers and dates are Float64Arrays;
// dates hold epoch milliseconds with NaN for "unset".

export type TermValue = string | number | boolean | null;

export interface TermColumn {
  readonly kind: "term";
  readonly codes: Int32Array;
  /** Dictionary: the value exactly as emitted (mpnId may be a number, like the search sample). */
  readonly values: readonly TermValue[];
}

export interface ValueColumn {
  readonly kind: "value";
  readonly values: Float64Array;
}

export type Column = TermColumn | ValueColumn;

export interface Table {
  readonly length: number;
  readonly columns: Readonly<Record<string, Column>>;
}

export function getColumn(table: Table, field: string): Column {
  const column = table.columns[field];
  if (!column) throw new Error(`table has no column '${field}'`);
  return column;
}

class Growable<A extends Int32Array | Float64Array> {
  private data: A;
  length = 0;

  constructor(private readonly make: (size: number) => A) {
    this.data = make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** Copies to the exact length so the doubling slack is released. */
  finish(): A {
    return this.data.slice(0, this.length) as A;
  }
}

export class TermColumnBuilder {
  private readonly index = new Map<TermValue, number>();
  private readonly values: TermValue[] = [];
  private readonly codes = new Growable((size) => new Int32Array(size));

  /** Dictionary code of a value; generators intern once and push codes in their hot loops. */
  intern(value: TermValue): number {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.index.set(value, code);
    }
    return code;
  }

  pushCode(code: number): void {
    this.codes.push(code);
  }

  push(value: TermValue): void {
    this.codes.push(this.intern(value));
  }

  get length(): number {
    return this.codes.length;
  }

  finish(): TermColumn {
    return { kind: "term", codes: this.codes.finish(), values: this.values };
  }
}

export class ValueColumnBuilder {
  private readonly values = new Growable((size) => new Float64Array(size));

  push(value: number): void {
    this.values.push(value);
  }

  get length(): number {
    return this.values.length;
  }

  finish(): ValueColumn {
    return { kind: "value", values: this.values.finish() };
  }
}

/** Epoch ms of a date given as ms, Date or ISO text; NaN when unset (null, missing, or .NET's MinValue). */
function toDateMs(value: unknown): number {
  const ms =
    typeof value === "number"
      ? value
      : value instanceof Date
        ? value.getTime()
        : typeof value === "string"
          ? (parseIsoDate(value) ?? Number.NaN)
          : Number.NaN;
  return ms === MIN_DATE_MS ? Number.NaN : ms;
}

function toTerm(value: unknown): TermValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Builds a resource's table column by column (generators) or row by row (`append`, for small tables). */
export class TableBuilder {
  private readonly terms = new Map<string, TermColumnBuilder>();
  private readonly values = new Map<string, ValueColumnBuilder>();

  constructor(private readonly spec: ResourceSpec) {
    for (const field of spec.fields) {
      if (field.kind === "string" || field.kind === "boolean")
        this.terms.set(field.name, new TermColumnBuilder());
      else this.values.set(field.name, new ValueColumnBuilder());
    }
  }

  term(field: string): TermColumnBuilder {
    const builder = this.terms.get(field);
    if (!builder) throw new Error(`${this.spec.name} has no term field '${field}'`);
    return builder;
  }

  value(field: string): ValueColumnBuilder {
    const builder = this.values.get(field);
    if (!builder) throw new Error(`${this.spec.name} has no number or date field '${field}'`);
    return builder;
  }

  append(row: Readonly<Record<string, unknown>>): void {
    for (const field of this.spec.fields) {
      const raw = row[field.name];
      if (field.kind === "string" || field.kind === "boolean") this.term(field.name).push(toTerm(raw));
      else if (field.kind === "date") this.value(field.name).push(toDateMs(raw));
      else this.value(field.name).push(typeof raw === "number" ? raw : Number(raw ?? 0));
    }
  }

  finish(): Table {
    const columns: Record<string, Column> = {};
    const lengths = new Set<number>();
    for (const [name, builder] of [...this.terms, ...this.values]) {
      lengths.add(builder.length);
      columns[name] = builder.finish();
    }
    if (lengths.size > 1) throw new Error(`${this.spec.name} columns have different lengths`);
    return { length: lengths.values().next().value ?? 0, columns };
  }
}
