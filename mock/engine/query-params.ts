import { parseFilter, type FilterNode } from "./parse-filter.ts";
import { paramError } from "./query-error.ts";
import {
  findField,
  findMeasure,
  type AggregationLevel,
  type FieldSpec,
  type ResourceSpec,
} from "./resources.ts";

export interface OrderTerm {
  /** Key of the emitted row: a field name, or a measure name for grouped queries. */
  readonly name: string;
  readonly descending: boolean;
}

export interface Query {
  readonly filter: FilterNode | null;
  readonly groupBy: readonly FieldSpec[];
  readonly level: AggregationLevel | "dateRange";
  readonly orderBy: readonly OrderTerm[];
  readonly top: number;
  readonly skip: number;
}

const MAX_TOP = 10_000;
const LEVELS: readonly AggregationLevel[] = ["day", "week", "month"];
/** Canonical spelling of each parameter, keyed by its lower-case form (names match case-insensitively). */
const PARAMS: Readonly<Record<string, string>> = {
  top: "top",
  skip: "skip",
  filter: "filter",
  groupby: "groupby",
  orderby: "orderby",
  aggregationlevel: "aggregationLevel",
};

/** Known parameters by canonical name; unknown ones are ignored like the documented field-named ones. */
function collect(params: URLSearchParams): Map<string, string> {
  const found = new Map<string, string>();
  for (const [written, value] of params) {
    const name = PARAMS[written.toLowerCase()];
    if (name === undefined) continue;
    if (found.has(name)) throw paramError(name, `Parameter '${name}' is given more than once`);
    found.set(name, value);
  }
  return found;
}

function integer(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `between ${min} and ${max}`;
    throw paramError(name, `Parameter '${name}' must be an integer ${range}, got '${text}'`);
  }
  return value;
}

const listOf = (fields: readonly { name: string }[]): string => fields.map((field) => field.name).join(", ");

function parseGroupBy(spec: ResourceSpec, text: string): FieldSpec[] {
  const groupable = spec.fields.filter((field) => field.groupable);
  const chosen: FieldSpec[] = [];
  for (const written of text.split(",").map((part) => part.trim())) {
    const field = findField(spec, written);
    if (!field?.groupable) {
      const problem = written === "" ? "an empty field name" : `unknown or non-groupable field '${written}'`;
      throw paramError(
        "groupby",
        `groupby has ${problem}; groupable fields of ${spec.name} are: ${listOf(groupable)}`,
      );
    }
    if (chosen.includes(field)) throw paramError("groupby", `groupby lists '${field.name}' more than once`);
    chosen.push(field);
  }
  return chosen;
}

function parseLevel(
  spec: ResourceSpec,
  text: string | undefined,
  grouped: boolean,
  fallback: Query["level"],
) {
  if (text === undefined) return fallback;
  if (!grouped) throw paramError("aggregationLevel", "aggregationLevel needs a groupby parameter");
  const level = LEVELS.find((candidate) => candidate === text.trim().toLowerCase());
  if (!level) {
    throw paramError(
      "aggregationLevel",
      `aggregationLevel must be day, week or month, got '${text}' (${spec.name})`,
    );
  }
  return level;
}

function parseOrderBy(spec: ResourceSpec, text: string, groupBy: readonly FieldSpec[]): OrderTerm[] {
  const grouped = groupBy.length > 0;
  const valid = grouped ? [...groupBy, ...spec.measures] : spec.fields.filter((field) => field.orderable);
  return text.split(",").map((part) => {
    const [written = "", direction = "asc", ...rest] = part.trim().split(/\s+/);
    const target = grouped
      ? (findMeasure(spec, written) ?? groupBy.find((field) => field === findField(spec, written)))
      : findField(spec, written);
    if (!target) {
      const where = grouped
        ? "grouped rows hold only the groupby fields and measures"
        : `fields of ${spec.name}`;
      throw paramError("orderby", `Cannot order by '${written}'; valid (${where}): ${listOf(valid)}`);
    }
    const lower = direction.toLowerCase();
    if ((lower !== "asc" && lower !== "desc") || rest.length > 0) {
      throw paramError(
        "orderby",
        `orderby direction for '${target.name}' must be asc or desc, got '${part.trim()}'`,
      );
    }
    return { name: target.name, descending: lower === "desc" };
  });
}

/** Reads and validates the query parameters; every problem becomes a QueryError naming the parameter. */
export function parseQuery(params: URLSearchParams, spec: ResourceSpec, defaultLevel: Query["level"]): Query {
  const found = collect(params);
  // An empty value means "none", as clients commonly send `filter=` for no filter.
  const text = (name: string): string | undefined => {
    const value = found.get(name);
    return value === undefined || value.trim() === "" ? undefined : value;
  };
  const filterText = text("filter");
  const groupByText = text("groupby");
  const groupBy = groupByText === undefined ? [] : parseGroupBy(spec, groupByText);
  const orderByText = text("orderby");
  return {
    filter: filterText === undefined ? null : parseFilter(filterText),
    groupBy,
    level: parseLevel(spec, text("aggregationLevel"), groupBy.length > 0, defaultLevel),
    orderBy: orderByText === undefined ? [] : parseOrderBy(spec, orderByText, groupBy),
    top: integer("top", found.get("top"), MAX_TOP, 1, MAX_TOP),
    skip: integer("skip", found.get("skip"), 0, 0, Number.MAX_SAFE_INTEGER),
  };
}
