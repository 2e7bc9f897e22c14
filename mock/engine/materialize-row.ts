import { getColumn, type Table } from "../dataset/table.ts";
import { formatDate } from "./dates.ts";
import type { ResourceSpec } from "./resources.ts";

/** Wire value of a date cell: formatted, or the resource's "unset" marker (null or 0001-01-01T00:00:00). */
export function wireDate(spec: ResourceSpec, ms: number): string | null {
  return Number.isNaN(ms) ? spec.unsetDate : formatDate(ms, spec.dateFormat);
}

/** Returns a function that builds row i as the API sends it ("get all" shape, sample field order). */
export function rowReader(table: Table, spec: ResourceSpec): (index: number) => Record<string, unknown> {
  const readers = spec.fields.map((field): [string, (index: number) => unknown] => {
    const column = getColumn(table, field.name);
    if (column.kind === "term") return [field.name, (index) => column.values[column.codes[index] ?? -1]];
    if (field.kind === "date") {
      // Dates repeat across a page (many are whole days); formatting each was a sixth of a raw page's time.
      // Per reader, so per query: the cache lives as long as the page it serves.
      const formatted = new Map<number, string | null>();
      return [
        field.name,
        (index) => {
          const ms = column.values[index] ?? Number.NaN;
          let text = formatted.get(ms);
          if (text === undefined) {
            text = wireDate(spec, ms);
            formatted.set(ms, text);
          }
          return text;
        },
      ];
    }
    return [field.name, (index) => column.values[index]];
  });
  return (index) => {
    const row: Record<string, unknown> = {};
    for (const [name, read] of readers) row[name] = read(index);
    return row;
  };
}
