import { getColumn, type Table, type TermValue } from "../dataset/table.ts";
import { MIN_DATE_MS, parseIsoDate } from "./dates.ts";
import type { CompareOp, FilterNode, FilterValue } from "./parse-filter.ts";
import { filterError } from "./query-error.ts";
import { findField, type FieldSpec, type ResourceSpec } from "./resources.ts";

export type RowPredicate = (row: number) => boolean;

export interface FilterContext {
  readonly table: Table;
  readonly spec: ResourceSpec;
  /** Canonical field names whose string comparisons are case-sensitive. */
  readonly caseSensitive: ReadonlySet<string>;
}

const OPS_BY_KIND: Readonly<Record<FieldSpec["kind"], readonly CompareOp[]>> = {
  string: ["eq", "ne"],
  boolean: ["eq", "ne"],
  date: ["eq", "ne", "gt", "lt", "ge", "le"],
  number: ["eq", "ne", "gt", "lt", "ge", "le"],
};

const LITERAL_HINT: Readonly<Record<FieldSpec["kind"], string>> = {
  string: "a 'quoted string' or null",
  boolean: "true, false or null",
  date: "cast('2018-01-01', Edm.DateTimeOffset), a quoted ISO date or null",
  number: "a number or null",
};

function resolveField(ctx: FilterContext, written: string): FieldSpec {
  const field = findField(ctx.spec, written);
  if (field?.filterable) return field;
  const valid = ctx.spec.fields
    .filter((candidate) => candidate.filterable)
    .map((candidate) => candidate.name);
  const problem = field
    ? `Field '${field.name}' cannot be used in a filter`
    : `Unknown field '${written}' in filter`;
  throw filterError(`${problem} on ${ctx.spec.name}; filterable fields are: ${valid.join(", ")}`);
}

/** A mask over a term column's dictionary: the test runs once per distinct value, not once per row. */
function termPredicate(ctx: FilterContext, field: string, test: (value: TermValue) => boolean): RowPredicate {
  const column = getColumn(ctx.table, field);
  if (column.kind !== "term") throw new Error(`${field} is not a term column`);
  const mask = Uint8Array.from(column.values, (value) => (test(value) ? 1 : 0));
  const codes = column.codes;
  return (row) => mask[codes[row] ?? 0] === 1;
}

function valuePredicate(ctx: FilterContext, field: string, test: (value: number) => boolean): RowPredicate {
  const column = getColumn(ctx.table, field);
  if (column.kind !== "value") throw new Error(`${field} is not a value column`);
  const values = column.values;
  return (row) => test(values[row] ?? Number.NaN);
}

const ORDER: Readonly<Record<CompareOp, (a: number, b: number) => boolean>> = {
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  gt: (a, b) => a > b,
  lt: (a, b) => a < b,
  ge: (a, b) => a >= b,
  le: (a, b) => a <= b,
};

function shown(value: FilterValue): string {
  if (value.type === "null") return "null";
  return value.type === "string" || value.type === "date" ? `'${value.value}'` : String(value.value);
}

function mismatch(field: FieldSpec, value: FilterValue) {
  return filterError(
    `Field '${field.name}' is a ${field.kind} field and cannot be compared with ${value.type} ${shown(value)}; ` +
      `use ${LITERAL_HINT[field.kind]}`,
  );
}

function termLiteral(field: FieldSpec, value: FilterValue): TermValue {
  if (value.type === "null") return null;
  if (field.kind === "string" && value.type === "string") return value.value;
  if (field.kind === "boolean" && value.type === "boolean") return value.value;
  throw mismatch(field, value);
}

/**
 * The literal as a number or epoch ms; null for a null literal and for the resellers' "never" date.
 * Dates compare as instants: a date-only literal is midnight UTC, which is how day-level dates (usageDate)
 * are stored, so `usageDate eq cast('2026-01-05', …)` matches that day.
 */
function valueLiteral(ctx: FilterContext, field: FieldSpec, value: FilterValue): number | null {
  if (value.type === "null") return null;
  if (field.kind === "number") {
    if (value.type !== "number") throw mismatch(field, value);
    return value.value;
  }
  if (value.type !== "date" && value.type !== "string") throw mismatch(field, value);
  const ms = parseIsoDate(value.value);
  if (ms === null) {
    throw filterError(
      `Field '${field.name}' is a date field and '${value.value}' is not a date; use ${LITERAL_HINT.date}`,
    );
  }
  return ms === MIN_DATE_MS && ctx.spec.unsetDate !== null ? null : ms;
}

function compileCompare(ctx: FilterContext, node: Extract<FilterNode, { type: "compare" }>): RowPredicate {
  const field = resolveField(ctx, node.field);
  const { op, value } = node;
  const allowed = OPS_BY_KIND[field.kind];
  if (!allowed.includes(op)) {
    const extra = field.kind === "string" ? " and contains(field,'text')" : "";
    throw filterError(
      `Operator '${op}' cannot be used with ${field.kind} field '${field.name}'; allowed: ${allowed.join(", ")}${extra}`,
    );
  }
  if (value.type === "null" && op !== "eq" && op !== "ne") {
    throw filterError(`Operator '${op}' cannot compare '${field.name}' with null; use eq null or ne null`);
  }
  // ne is the exact complement of eq, so unset cells satisfy `ne 'x'`, as in OData.
  const negate = op === "ne";
  if (field.kind === "string" || field.kind === "boolean") {
    const caseSensitive = ctx.caseSensitive.has(field.name);
    // mpnId may be stored as a number (like the search sample) and still matches its quoted text.
    const normalize = (cell: TermValue): TermValue =>
      typeof cell === "number"
        ? String(cell)
        : typeof cell === "string" && !caseSensitive
          ? cell.toLowerCase()
          : cell;
    const wanted = normalize(termLiteral(field, value));
    return termPredicate(ctx, field.name, (cell) => (normalize(cell) === wanted) !== negate);
  }
  const literal = valueLiteral(ctx, field, value);
  if (literal === null) return valuePredicate(ctx, field.name, (cell) => Number.isNaN(cell) !== negate);
  const compare = ORDER[op];
  return valuePredicate(ctx, field.name, (cell) => compare(cell, literal));
}

export function compileFilter(ctx: FilterContext, node: FilterNode): RowPredicate {
  switch (node.type) {
    case "compare":
      return compileCompare(ctx, node);
    case "contains": {
      const field = resolveField(ctx, node.field);
      if (field.kind !== "string") {
        throw filterError(`contains() needs a string field, but '${field.name}' is a ${field.kind} field`);
      }
      const needle = node.value.toLowerCase();
      return termPredicate(
        ctx,
        field.name,
        (cell) => cell !== null && String(cell).toLowerCase().includes(needle),
      );
    }
    default: {
      const parts = node.operands.map((operand) => compileFilter(ctx, operand));
      const all = node.type === "and";
      return (row) => {
        for (const part of parts) if (part(row) !== all) return !all;
        return all;
      };
    }
  }
}
