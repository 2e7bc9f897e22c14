import * as v from "valibot";
import { formatRange, parseRange, type Compare, type Grain, type RangeSpec } from "./date-range.ts";

/**
 * The URL is the view state. Each page declares its filters as a schema (FilterDef table); reading a URL never
 * fails: unknown or invalid parameters fall back to defaults and are reported so the page can say which.
 */
export interface FilterDef {
  /** URL parameter, named after the API field it filters. */
  param: string;
  label: string;
  kind: "list" | "text" | "boolean";
  /** A closed set of values (e.g. status); open lists accept any short, printable value. */
  values?: readonly string[];
}

export interface PageSchema {
  filters: readonly FilterDef[];
  /** Columns of the page's grid, for `sort` and `cols`. */
  columns?: readonly string[];
}

export type FilterValue = readonly string[] | string | boolean;
export interface SortSpec {
  column: string;
  desc: boolean;
}

export interface ViewState {
  range: RangeSpec;
  compare: Compare;
  grain: Grain | "auto";
  filters: Readonly<Record<string, FilterValue>>;
  sort?: SortSpec;
  cols?: readonly string[];
}

export interface RejectedParam {
  param: string;
  value: string;
  reason: string;
}

export const DEFAULT_VIEW: ViewState = {
  range: { preset: "last-90-days" },
  compare: "previous",
  grain: "auto",
  filters: {},
};
/** Parameters every page shares; page switches keep these and drop the rest. */
export const SHARED_PARAMS = ["range", "compare", "grain", "customerMarket"] as const;

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

function filterSchema(def: FilterDef) {
  if (def.kind === "boolean")
    return v.pipe(
      v.picklist(["true", "false"], "must be true or false"),
      v.transform((s) => s === "true"),
    );
  if (def.kind === "text") return ValueSchema;
  const item = def.values
    ? v.picklist(def.values as string[], `must be one of ${def.values.join(", ")}`)
    : ValueSchema;
  return v.pipe(
    v.string(),
    v.transform(splitList),
    v.array(item),
    // After the items are trimmed: "株" and "株 " are one value.
    v.transform((list) => [...new Set(list)]),
    v.maxLength(MAX_LIST, `lists at most ${MAX_LIST} values`),
  );
}

const CompareSchema = v.picklist(["none", "previous", "year"], "must be none, previous or year");
const GrainSchema = v.picklist(["auto", "day", "week", "month"], "must be auto, day, week or month");

// List items are joined with a bare comma; a comma inside a value (meter unit "10,000s") stays encoded as
// %2C, so the raw query is split before decoding.
const decode = (raw: string) => {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return null;
  }
};
const encode = (text: string) => encodeURIComponent(text).replace(/%20/g, "+").replace(/%3A/g, ":");
const LIST_MARK = "\u0000";
function splitList(joined: string): string[] {
  return joined.split(LIST_MARK);
}

function rawPairs(search: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of search.replace(/^\?/, "").split("&")) {
    if (!part) continue;
    const [rawName = "", ...rest] = part.split("=");
    const name = decode(rawName) ?? rawName;
    const pieces = rest.join("=").split(",").map(decode);
    const value = pieces.includes(null) ? null : pieces.join(LIST_MARK);
    pairs.push([name, value ?? "\u0000invalid"]);
  }
  return pairs;
}

export function parseViewSearch(
  search: string,
  schema: PageSchema,
): { state: ViewState; rejected: RejectedParam[] } {
  const params = rawPairs(search);
  const rejected: RejectedParam[] = [];
  const seen = new Set<string>();
  const filters: Record<string, FilterValue> = {};
  const state: ViewState = { ...DEFAULT_VIEW, filters };
  const reject = (param: string, value: string, reason: string) =>
    rejected.push({ param, value: value.slice(0, 200), reason });
  const columns = new Set(schema.columns ?? []);

  for (const [param, joined] of params) {
    const value = joined.split(LIST_MARK).join(",");
    if (joined.startsWith(LIST_MARK) || /\p{Cc}/u.test(param)) {
      reject(param.replace(/\p{Cc}/gu, "?"), "", "is not validly percent-encoded");
      continue;
    }
    if (seen.has(param)) {
      reject(param, value, "appears more than once; the first one is used");
      continue;
    }
    seen.add(param);
    const def = schema.filters.find((f) => f.param === param);
    if (param === "range") {
      const range = parseRange(value);
      if (range) state.range = range;
      else reject(param, value, "is not a known range or a valid YYYY-MM-DD..YYYY-MM-DD range");
    } else if (param === "compare" || param === "grain") {
      const parsed = v.safeParse(param === "compare" ? CompareSchema : GrainSchema, value);
      if (parsed.success) Object.assign(state, { [param]: parsed.output });
      else reject(param, value, parsed.issues[0].message);
    } else if (param === "sort" && columns.size) {
      const [column = "", direction = "asc"] = value.split(".");
      if (columns.has(column) && (direction === "asc" || direction === "desc"))
        state.sort = { column, desc: direction === "desc" };
      else reject(param, value, "must be a column of this page's table followed by .asc or .desc");
    } else if (param === "cols" && columns.size) {
      const cols = value.split(",").filter((c) => columns.has(c));
      if (cols.length && cols.length === value.split(",").length) state.cols = [...new Set(cols)];
      else reject(param, value, "must list columns of this page's table");
    } else if (def) {
      const parsed = v.safeParse(filterSchema(def), def.kind === "list" ? joined : value);
      if (parsed.success) filters[param] = parsed.output as FilterValue;
      else
        reject(
          param,
          value,
          `${v.getDotPath(parsed.issues[0]) ? "a value " : ""}${parsed.issues[0].message}`,
        );
    } else if (!(SHARED_PARAMS as readonly string[]).includes(param)) {
      // Shared parameters travel between pages; a page without that field just does not use it.
      reject(param, value, "is not a filter of this page");
    }
  }
  return { state, rejected };
}

/** Stable order and encoding: the same view always gives the same link. */
export function formatViewSearch(state: ViewState, schema: PageSchema): string {
  const parts = [`range=${encode(formatRange(state.range))}`, `compare=${state.compare}`];
  if (state.grain !== "auto") parts.push(`grain=${state.grain}`);
  for (const def of schema.filters) {
    const value = state.filters[def.param];
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    parts.push(`${def.param}=${Array.isArray(value) ? value.map(encode).join(",") : encode(String(value))}`);
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
