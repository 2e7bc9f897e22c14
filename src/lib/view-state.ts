import * as v from "valibot";
import { formatRange, parseRange, type Compare, type Grain, type RangeSpec } from "./date-range.ts";
import {
  encode,
  parseParams,
  single,
  SHARED_PARAMS,
  type ParamSchema,
  type RejectedParam,
} from "./url-params.ts";

export type { RejectedParam } from "./url-params.ts";

/**
 * The URL is the view state. Each page declares its filters once, keyed by URL parameter (named after the API
 * field it filters), and the types of `view.filters` follow from that declaration. Reading a URL never fails:
 * unknown or invalid parameters fall back to defaults and are reported so the page can say which.
 */
interface Common {
  readonly label: string;
  /** False for a parameter kept in the URL but not sent: the page's resource has no such field. */
  readonly sent?: false;
  /** False for a parameter set elsewhere on the page, or nowhere: the filter bar shows no control or chip for it. */
  readonly bar?: false;
}
export interface ListFilter<V extends string = string> extends Common {
  readonly kind: "list";
  /** A closed set of values (e.g. status); open lists accept any short, printable value. */
  readonly values?: readonly V[];
}
export interface TextFilter extends Common {
  readonly kind: "text";
}
export interface FlagFilter extends Common {
  readonly kind: "flag";
}
export type FilterDef = ListFilter | TextFilter | FlagFilter;
export type FilterShape = { readonly [param: string]: FilterDef };

export function list(label: string): ListFilter;
export function list<const V extends string>(label: string, values: readonly V[]): ListFilter<V>;
export function list(label: string, values?: readonly string[]): ListFilter {
  return values ? { kind: "list", label, values } : { kind: "list", label };
}
export const text = (label: string): TextFilter => ({ kind: "text", label });
export const flag = (label: string): FlagFilter => ({ kind: "flag", label });
/** Kept in the URL and shown, but never sent to the API (customerMarket on Azure usage, whose rows have none). */
export const notSent = <D extends FilterDef>(def: D): D & { readonly sent: false } => ({
  ...def,
  sent: false,
});
/** Set by a control of its own (Azure usage's unit picker), or by nothing on this page: not in the filter bar. */
export const offBar = <D extends FilterDef>(def: D): D & { readonly bar: false } => ({ ...def, bar: false });
/** A page's filters, in the order the filter bar shows them and the URL lists them. */
export const defineFilters = <const S extends FilterShape>(filters: S): S => filters;

export type FilterValueOf<D> =
  D extends ListFilter<infer V>
    ? readonly V[]
    : D extends TextFilter
      ? string
      : D extends FlagFilter
        ? boolean
        : never;
export type FilterValue = FilterValueOf<FilterDef>;
export type Filters<S extends FilterShape = FilterShape> = { readonly [K in keyof S]?: FilterValueOf<S[K]> };

export interface PageSchema<S extends FilterShape = FilterShape> {
  filters: S;
  /** Columns of the page's grid, for `sort` and `cols`. */
  columns?: readonly string[];
}

export interface SortSpec {
  column: string;
  desc: boolean;
}

export interface ViewState<S extends FilterShape = FilterShape> {
  range: RangeSpec;
  compare: Compare;
  grain: Grain | "auto";
  filters: Filters<S>;
  sort?: SortSpec;
  cols?: readonly string[];
}

export const DEFAULT_VIEW: ViewState = {
  range: { preset: "last-90-days" },
  compare: "previous",
  grain: "auto",
  filters: {},
};

/** One filter with its value, typed together: what the filter bar, the chips and the API filter walk through. */
export type FilterEntry =
  | { kind: "list"; param: string; def: ListFilter; value: readonly string[] | undefined }
  | { kind: "text"; param: string; def: TextFilter; value: string | undefined }
  | { kind: "flag"; param: string; def: FlagFilter; value: boolean | undefined };

export function filterEntries(schema: FilterShape, filters: Filters): FilterEntry[] {
  return Object.entries(schema).map(([param, def]): FilterEntry => {
    const value = Object.hasOwn(filters, param) ? filters[param] : undefined;
    const { kind } = def;
    if (kind === "list") return { kind, param, def, value: typeof value === "object" ? value : undefined };
    if (kind === "text") return { kind, param, def, value: typeof value === "string" ? value : undefined };
    return { kind, param, def, value: typeof value === "boolean" ? value : undefined };
  });
}

/** Whether a filter holds anything: an empty text or list filters nothing and is left out of the URL. */
export const hasValue = (value: FilterValue | undefined) =>
  value !== undefined && value !== "" && !(typeof value === "object" && value.length === 0);

const MAX_VALUE = 100;
const MAX_LIST = 50;
const PRINTABLE = /^[^\p{Cc}\p{Cs}]+$/u;
const ValueSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, "is empty"),
  v.maxLength(MAX_VALUE, `is longer than ${MAX_VALUE} characters`),
  v.regex(PRINTABLE, "contains control characters"),
);

/** A list parameter: each item checked by `item`, then deduplicated ("株" and "株 " are one value once trimmed). */
export const listParam = <T extends string>(item: v.GenericSchema<string, T>): ParamSchema<readonly T[]> =>
  v.pipe(
    v.array(item),
    v.transform((items) => [...new Set(items)]),
    v.maxLength(MAX_LIST, `lists at most ${MAX_LIST} values`),
  );

function filterParam(def: FilterDef): ParamSchema<FilterValue> {
  if (def.kind === "flag")
    return single(
      v.pipe(
        v.picklist(["true", "false"], "must be true or false"),
        v.transform((s) => s === "true"),
      ),
    );
  if (def.kind === "text") return single(ValueSchema);
  return listParam(
    def.values ? v.picklist(def.values, `must be one of ${def.values.join(", ")}`) : ValueSchema,
  );
}

const RangeParam = single(
  v.pipe(
    v.string(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const range = parseRange(dataset.value);
      if (range) return range;
      addIssue({ message: "is not a known range or a valid YYYY-MM-DD..YYYY-MM-DD range" });
      return NEVER;
    }),
  ),
);
const CompareParam = single(v.picklist(["none", "previous", "year"], "must be none, previous or year"));
const GrainParam = single(v.picklist(["auto", "day", "week", "month"], "must be auto, day, week or month"));

function gridParams(columns: readonly string[]) {
  const known = new Set(columns);
  return {
    sort: single(
      v.pipe(
        v.string(),
        v.rawTransform(({ dataset, addIssue, NEVER }) => {
          const [column = "", direction = "asc"] = dataset.value.split(".");
          if (known.has(column) && (direction === "asc" || direction === "desc"))
            return { column, desc: direction === "desc" } satisfies SortSpec;
          addIssue({ message: "must be a column of this page's table followed by .asc or .desc" });
          return NEVER;
        }),
      ),
    ),
    cols: v.pipe(
      v.array(v.string()),
      v.check(
        (cols) => cols.length > 0 && cols.every((c) => known.has(c)),
        "must list columns of this page's table",
      ),
      v.transform((cols): readonly string[] => [...new Set(cols)]),
    ),
  };
}

export function parseViewSearch<S extends FilterShape>(
  search: string,
  schema: PageSchema<S>,
): { state: ViewState<S>; rejected: RejectedParam[] } {
  const filterTable: Record<string, ParamSchema<FilterValue>> = {};
  for (const [param, def] of Object.entries(schema.filters)) filterTable[param] = filterParam(def);
  // A page without a grid has no sort or columns to set.
  const grid: Partial<ReturnType<typeof gridParams>> = schema.columns?.length
    ? gridParams(schema.columns)
    : {};
  const table = { ...filterTable, range: RangeParam, compare: CompareParam, grain: GrainParam, ...grid };
  const { values, rejected } = parseParams(search, table, "is not a filter of this page");
  const { range, compare, grain, sort, cols } = values;
  const read: Readonly<Record<string, unknown>> = values;
  const filters: Record<string, unknown> = {};
  for (const param of Object.keys(filterTable)) if (read[param] !== undefined) filters[param] = read[param];
  const state: ViewState<S> = {
    range: range ?? DEFAULT_VIEW.range,
    compare: compare ?? DEFAULT_VIEW.compare,
    grain: grain ?? DEFAULT_VIEW.grain,
    // Each value came out of its own def's schema (filterParam), so it has the type Filters<S> gives that key;
    // TypeScript cannot follow that through a loop over the schema's keys.
    filters: filters as Filters<S>,
    ...(sort && { sort }),
    ...(cols && { cols }),
  };
  return { state, rejected };
}

/** Stable order and encoding: the same view always gives the same link. */
export function formatViewSearch<S extends FilterShape>(state: ViewState<S>, schema: PageSchema<S>): string {
  const parts = [`range=${encode(formatRange(state.range))}`, `compare=${state.compare}`];
  if (state.grain !== "auto") parts.push(`grain=${state.grain}`);
  for (const entry of filterEntries(schema.filters, state.filters)) {
    if (!hasValue(entry.value)) continue;
    const value =
      typeof entry.value === "object" ? entry.value.map(encode).join(",") : encode(String(entry.value));
    parts.push(`${entry.param}=${value}`);
  }
  if (state.sort) parts.push(`sort=${encode(state.sort.column)}.${state.sort.desc ? "desc" : "asc"}`);
  if (state.cols?.length) parts.push(`cols=${state.cols.map(encode).join(",")}`);
  return parts.join("&");
}

/** The part of a view another page keeps when the user switches pages. */
export function sharedSearch(search: string): string {
  const raw = search.replace(/^\?/, "").split("&");
  return SHARED_PARAMS.map((name) => raw.find((part) => part.startsWith(`${name}=`)))
    .filter((part): part is string => part !== undefined)
    .join("&");
}
