import * as v from "valibot";
import { toUtcIso } from "./dates.ts";
import { fieldEntries, resources } from "./resources.ts";
import type { FieldKind, GroupedRow, ResourceName, Row } from "./resources.ts";

// Rows are checked by one hand-rolled loop per row (inside a valibot rawTransform) instead of one valibot
// schema per field: for 100k subscription rows that is several times faster, and the issues still carry a
// valibot path (`Value[3].licenseCount`).

export type RowShape = "rows" | "grouped";
export type ShapedRow<R extends ResourceName, S extends RowShape> = S extends "rows" ? Row<R> : GroupedRow<R>;

const INVALID = Symbol("invalid");
const NUMERIC = /^\s*-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i;
const BOOLEAN = /^(?:true|false)$/i;

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return "an array";
  if (value === null || typeof value !== "object") return String(value);
  return "an object";
}

function toNumber(value: unknown): number | typeof INVALID {
  if (typeof value === "number") return value;
  // Grouped counts arrive as strings ("63"); anything else that is not a number must not become NaN.
  return typeof value === "string" && NUMERIC.test(value) ? Number(value) : INVALID;
}

const kinds: Record<FieldKind, { expected: string; coerce: (value: unknown) => unknown }> = {
  // Numbers are accepted for text fields: the search sample sends mpnId as 2604568.
  string: {
    expected: "a string",
    coerce: (x) => (typeof x === "string" ? x : typeof x === "number" ? String(x) : INVALID),
  },
  // Grouped output sends counts as strings, so booleans may come as "true"/"True" the same way.
  boolean: {
    expected: "true or false",
    coerce: (x) =>
      typeof x === "boolean"
        ? x
        : typeof x === "string" && BOOLEAN.test(x)
          ? x.toLowerCase() === "true"
          : INVALID,
  },
  number: { expected: "a number", coerce: toNumber },
  date: {
    expected: "a date",
    // 0001-01-01 is .NET's DateTime.MinValue, which the indirect-resellers resource uses for "never".
    coerce: (x) =>
      typeof x !== "string" ? INVALID : x.startsWith("0001-01-01") ? null : (toUtcIso(x) ?? INVALID),
  },
};

interface Column {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly expected: string;
  readonly coerce: (value: unknown) => unknown;
}

function columns(resource: ResourceName, shape: RowShape): Column[] {
  const fields = fieldEntries(resource)
    .filter(([, def]) => shape === "rows" || def.groupable)
    .map(([name, def]) => ({ name, aliases: def.aliases ?? [], ...kinds[def.kind] }));
  const measures =
    shape === "rows"
      ? []
      : resources[resource].measures.map((name) => ({ name, aliases: [], ...kinds.number }));
  return [...fields, ...measures];
}

/**
 * One row, normalised in place: the row is the object JSON.parse made, which halves the time and garbage
 * of 100k-row pages. So unknown fields are kept as received (untyped); alias spellings are renamed. A raw
 * row gets `null` for a missing field; a grouped row leaves it out (only grouped fields and measures come).
 */
function rowSchema(resource: ResourceName, shape: RowShape) {
  const cols = columns(resource, shape);
  const fillMissing = shape === "rows";
  return v.pipe(
    v.unknown(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const input = dataset.value;
      if (typeof input !== "object" || input === null || Array.isArray(input)) {
        addIssue({ message: `expected an object, got ${describe(input)}` });
        return NEVER;
      }
      const row = input as Record<string, unknown>;
      for (const col of cols) {
        let key = col.name;
        let value = row[key];
        for (let i = 0; value === undefined && i < col.aliases.length; i++) {
          key = col.aliases[i] as string;
          value = row[key];
        }
        if (value !== undefined && key !== col.name) delete row[key];
        if (value === undefined || value === null) {
          if (fillMissing || value === null) row[col.name] = null;
          continue;
        }
        const parsed = col.coerce(value);
        if (parsed === INVALID) {
          addIssue({
            message: `expected ${col.expected}, got ${describe(value)}`,
            path: [{ type: "object", origin: "value", input: row, key, value }],
          });
          return NEVER;
        }
        if (parsed !== value || key !== col.name) row[col.name] = parsed;
      }
      return row;
    }),
  );
}

const count = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const n = toNumber(dataset.value);
    if (n !== INVALID && Number.isInteger(n) && n >= 0) return n;
    addIssue({ message: `expected a whole number, got ${describe(dataset.value)}` });
    return NEVER;
  }),
);

// The docs show `Value`, `TotalCount` and `@nextLink`; other Partner Center APIs use camelCase.
const envelopeKeys: Record<string, string> = {
  value: "Value",
  totalcount: "TotalCount",
  "@nextlink": "@nextLink",
};

function canonicalKeys(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    const canonical = envelopeKeys[key.toLowerCase()];
    if (canonical) out[canonical] = input[key];
  }
  return out;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

function envelopeSchema(resource: ResourceName, shape: RowShape) {
  return v.pipe(
    v.custom<Record<string, unknown>>(
      isRecord,
      (issue) => `expected a JSON object, got ${describe(issue.input)}`,
    ),
    v.transform(canonicalKeys),
    v.object(
      {
        Value: v.array(
          rowSchema(resource, shape),
          (issue) => `expected an array, got ${describe(issue.input)}`,
        ),
        "@nextLink": v.optional(
          v.pipe(
            v.nullable(v.string((issue) => `expected a link or null, got ${describe(issue.input)}`)),
            v.transform((link) => link || null),
          ),
          null,
        ),
        TotalCount: count,
      },
      () => "missing",
    ),
  );
}

export interface Envelope<T> {
  rows: T[];
  nextLink: string | null;
  totalCount: number;
}

type EnvelopeSchema = ReturnType<typeof envelopeSchema>;
const cache = new Map<string, EnvelopeSchema>();

export function envelopeSchemaFor(resource: ResourceName, shape: RowShape): EnvelopeSchema {
  const key = `${resource}:${shape}`;
  let schema = cache.get(key);
  if (!schema) cache.set(key, (schema = envelopeSchema(resource, shape)));
  return schema;
}

/** ApiFault `{code, description, data, source}` and the throttling body `{statusCode, message}` in one. */
export const errorBodySchema = v.object({
  code: v.optional(v.pipe(v.union([v.string(), v.number()]), v.transform(String))),
  description: v.optional(v.string()),
  message: v.optional(v.string()),
  data: v.optional(v.unknown()),
  source: v.optional(v.string()),
});
