import { toUtcIso } from "./dates.ts";
import { InvalidQueryError } from "./errors.ts";
import { fieldDef } from "./resources.ts";
import type { FieldKind, FieldOfKind, FieldValue, FilterField, ResourceName } from "./resources.ts";

/** A filter expression for one resource, as the text that goes into `filter=` (before percent-encoding). */
export interface Filter<R extends ResourceName> {
  readonly resource: R;
  readonly expression: string;
  /** A top-level `or` chain: `and` binds tighter, so it needs parentheses inside an `and`. */
  readonly isDisjunction: boolean;
}

type Comparable<R extends ResourceName> = FilterField<R> &
  (FieldOfKind<R, "date"> | FieldOfKind<R, "number">);
type Text<R extends ResourceName> = FilterField<R> & FieldOfKind<R, "string">;
/** Dates may be given as a Date or an ISO string (zone-less means UTC, like the API's own dates). */
export type FilterValue<R extends ResourceName, F extends FilterField<R>> =
  F extends FieldOfKind<R, "date"> ? Date | string : FieldValue<R, F>;

type Operator = "eq" | "ne" | "gt" | "lt" | "ge" | "le";

/** `'` is the only character with a meaning inside an OData string literal; it is escaped by doubling. */
function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * The filter builder for one resource. Field names are checked against the resource at compile time
 * and again at run time (fields often come from URL state).
 *
 * Dates are always written as full UTC date-times: `cast('2026-01-01T00:00:00Z', Edm.DateTimeOffset)`.
 */
export function filterFor<R extends ResourceName>(resource: R) {
  const make = (expression: string, isDisjunction = false): Filter<R> => ({
    resource,
    expression,
    isDisjunction,
  });

  const invalid = (detail: string) => new InvalidQueryError(resource, "invalid-value", detail);

  const filterableKind = (field: string): FieldKind => {
    const def = fieldDef(resource, field);
    if (!def?.filterable)
      throw new InvalidQueryError(resource, "unknown-field", `${field} is not a filterable field`);
    return def.kind;
  };

  const text = (field: string, value: string): string => {
    // A lone surrogate cannot be percent-encoded (encodeURIComponent throws), so refuse it here, by name.
    if (/[\uD800-\uDFFF]/u.test(value)) throw invalid(`${field}: the text contains an unpaired surrogate`);
    return quote(value);
  };

  const dateLiteral = (field: string, value: string | Date): string => {
    const iso =
      value instanceof Date
        ? Number.isNaN(value.getTime())
          ? undefined
          : value.toISOString()
        : toUtcIso(value);
    if (iso === undefined) throw invalid(`${field} expects a date, got ${String(value)}`);
    return `cast(${quote(iso.replace(".000Z", "Z"))}, Edm.DateTimeOffset)`;
  };

  const literal = (field: string, kind: FieldKind, value: unknown): string => {
    if (value === null) return "null";
    if (kind === "string" && typeof value === "string") return text(field, value);
    if (kind === "boolean" && typeof value === "boolean") return String(value);
    if (kind === "number" && typeof value === "number" && Number.isFinite(value)) return String(value);
    if (kind === "date" && (typeof value === "string" || value instanceof Date))
      return dateLiteral(field, value);
    throw invalid(`${field} expects a ${kind} value, got ${String(value)}`);
  };

  const compare = (op: Operator, field: string, value: unknown, allowed: readonly FieldKind[]): Filter<R> => {
    const kind = filterableKind(field);
    if (!allowed.includes(kind)) throw invalid(`${op} cannot be used on the ${kind} field ${field}`);
    if (value === null && op !== "eq" && op !== "ne")
      throw invalid(`${op} cannot compare ${field} with null`);
    return make(`${field} ${op} ${literal(field, kind, value)}`);
  };

  const equality =
    (op: "eq" | "ne") =>
    <F extends FilterField<R>>(field: F, value: FilterValue<R, F> | null): Filter<R> =>
      compare(op, field, value, ["string", "boolean", "date", "number"]);
  const range =
    (op: "gt" | "lt" | "ge" | "le") =>
    <F extends Comparable<R>>(field: F, value: FilterValue<R, F>): Filter<R> =>
      compare(op, field, value, ["date", "number"]);

  return {
    eq: equality("eq"),
    ne: equality("ne"),
    gt: range("gt"),
    lt: range("lt"),
    ge: range("ge"),
    le: range("le"),
    contains: (field: Text<R>, value: string): Filter<R> => {
      if (filterableKind(field) !== "string" || typeof value !== "string") {
        throw invalid(`contains needs a text field and a text value (${field})`);
      }
      return make(`contains(${field},${text(field, value)})`);
    },
    and: (first: Filter<R>, ...rest: Filter<R>[]): Filter<R> =>
      rest.length === 0
        ? first
        : make(
            [first, ...rest]
              .map((part) => (part.isDisjunction ? `(${part.expression})` : part.expression))
              .join(" and "),
          ),
    or: (first: Filter<R>, ...rest: Filter<R>[]): Filter<R> =>
      rest.length === 0 ? first : make([first, ...rest].map((part) => part.expression).join(" or "), true),
    /** Explicit parentheses; `and`/`or` already add the ones precedence needs. */
    group: (inner: Filter<R>): Filter<R> => make(`(${inner.expression})`),
  };
}
