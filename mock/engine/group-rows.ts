import { getColumn, type Table } from "../dataset/table.ts";
import { bucketDates } from "./date-buckets.ts";
import { paramError } from "./query-error.ts";
import { wireDate } from "./materialize-row.ts";
import type { AggregationLevel, FieldSpec, MeasureSpec, ResourceSpec } from "./resources.ts";
import { termRanks, type ResultSet } from "./result-set.ts";

export interface GroupOptions {
  readonly groupBy: readonly FieldSpec[];
  readonly level: AggregationLevel | "dateRange";
  readonly weekStartsOn: 0 | 1;
  readonly measuresAsStrings: boolean;
}

/** One groupby field seen as small integers ("parts") per matched row. */
interface KeyField {
  readonly name: string;
  readonly parts: Int32Array;
  readonly cardinality: number;
  readonly label: (part: number) => unknown;
  /** Sort rank of a part: its dictionary rank for terms, the part itself for date buckets (unset first). */
  readonly rank: (part: number) => number;
}

function keyField(
  table: Table,
  spec: ResourceSpec,
  rows: Int32Array,
  field: FieldSpec,
  options: GroupOptions,
) {
  const column = getColumn(table, field.name);
  if (column.kind === "term") {
    const ranks = termRanks(column.values);
    const parts = new Int32Array(rows.length);
    for (let j = 0; j < rows.length; j++) parts[j] = column.codes[rows[j] ?? 0] ?? 0;
    return {
      name: field.name,
      parts,
      cardinality: column.values.length,
      label: (part: number) => column.values[part],
      rank: (part: number) => ranks[part] ?? 0,
    } satisfies KeyField;
  }
  const buckets = bucketDates(column.values, rows, options.level, options.weekStartsOn);
  return {
    name: field.name,
    parts: buckets.parts,
    cardinality: buckets.cardinality,
    label: (part: number) => wireDate(spec, buckets.labelMs(part)),
    rank: (part: number) => part,
  } satisfies KeyField;
}

/**
 * The most groups one query may form. A group-by over every usage field of a million rows would sort a million
 * groups (about 20 s of one core, issue 18); the dashboard's largest grouped query forms a few tens of thousands
 * (a chosen daily grain over 1,000 days by category). Refused with a 400 naming the limit, before the sort.
 */
export const MAX_GROUPS = 100_000;

/** Above this many possible (group, part) pairs a Map replaces the flat lookup array. */
const DENSE_LIMIT = 1 << 22;

/**
 * Assigns group ids one field at a time: (group so far, part) -> new group. Keys stay below
 * groups × cardinality, so any number of groupby fields works with integer keys.
 */
function assignGroups(fields: readonly KeyField[], rowCount: number) {
  let groupOf = new Int32Array(rowCount);
  let groupParts: number[][] = [];
  let groupCount = rowCount > 0 ? 1 : 0;
  for (const field of fields) {
    const space = groupCount * field.cardinality;
    const dense = space <= DENSE_LIMIT ? new Int32Array(space).fill(-1) : null;
    const sparse = dense ? null : new Map<number, number>();
    const next = new Int32Array(rowCount);
    const parents: number[] = [];
    const newParts: number[] = [];
    for (let j = 0; j < rowCount; j++) {
      const parent = groupOf[j] ?? 0;
      const part = field.parts[j] ?? 0;
      const key = parent * field.cardinality + part;
      let group = dense ? (dense[key] ?? -1) : (sparse?.get(key) ?? -1);
      if (group < 0) {
        group = parents.length;
        if (group === MAX_GROUPS) throw tooManyGroups(fields);
        parents.push(parent);
        newParts.push(part);
        if (dense) dense[key] = group;
        else sparse?.set(key, group);
      }
      next[j] = group;
    }
    groupParts = [...groupParts.map((parts) => parents.map((parent) => parts[parent] ?? 0)), newParts];
    groupOf = next;
    groupCount = parents.length;
  }
  return { groupOf, groupParts, groupCount };
}

function tooManyGroups(fields: readonly KeyField[]) {
  return paramError(
    "groupby",
    `Grouping by ${fields.map((f) => f.name).join(", ")} forms more than ${MAX_GROUPS.toLocaleString("en-US")} groups, the limit for one query: group by fewer fields, use a coarser aggregationLevel, or narrow the filter.`,
  );
}

/** What one matched row (by position j) adds to a measure: 1, a number cell, or 1 when a flag is true. */
function measureWeight(table: Table, rows: Int32Array, measure: MeasureSpec): (j: number) => number {
  if (measure.op === "count") return () => 1;
  const column = getColumn(table, measure.field);
  if (column.kind === "value") return (j) => column.values[rows[j] ?? 0] ?? 0;
  const flags = column.values.map((value) => (value === true ? 1 : 0));
  return (j) => flags[column.codes[rows[j] ?? 0] ?? 0] ?? 0;
}

function accumulate(groupOf: Int32Array, groupCount: number, weight: (j: number) => number): Float64Array {
  const totals = new Float64Array(groupCount);
  for (let j = 0; j < groupOf.length; j++) {
    const group = groupOf[j] ?? 0;
    totals[group] = (totals[group] ?? 0) + weight(j);
  }
  return totals;
}

/** Groups the matched rows; groups come in ascending key order (like the documented grouped sample). */
export function groupRows(
  table: Table,
  spec: ResourceSpec,
  rows: Int32Array,
  options: GroupOptions,
): ResultSet {
  const fields = options.groupBy.map((field) => keyField(table, spec, rows, field, options));
  const { groupOf, groupParts, groupCount } = assignGroups(fields, rows.length);
  const totals = new Map(
    spec.measures.map((measure) => [
      measure.name,
      accumulate(groupOf, groupCount, measureWeight(table, rows, measure)),
    ]),
  );
  const ranks = fields.map((field, f) => Float64Array.from(groupParts[f] ?? [], field.rank));
  const order = Int32Array.from({ length: groupCount }, (_, group) => group).sort((a, b) => {
    for (const rank of ranks) {
      const diff = (rank[a] ?? 0) - (rank[b] ?? 0);
      if (diff !== 0) return diff;
    }
    return a - b;
  });
  const fieldIndex = new Map(fields.map((field, f) => [field.name, f]));
  return {
    size: groupCount,
    sortKey: (name) => {
      const measure = totals.get(name);
      const f = fieldIndex.get(name) ?? 0;
      return Float64Array.from(order, (group) => (measure ? measure[group] : ranks[f]?.[group]) ?? 0);
    },
    row: (index) => {
      const group = order[index] ?? 0;
      const row: Record<string, unknown> = {};
      fields.forEach((field, f) => {
        row[field.name] = field.label(groupParts[f]?.[group] ?? 0);
      });
      for (const [name, values] of totals) {
        const total = values[group] ?? 0;
        row[name] = options.measuresAsStrings ? String(total) : total;
      }
      return row;
    },
  };
}
