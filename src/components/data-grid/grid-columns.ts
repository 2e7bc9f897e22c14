import type { SortDirection } from "../../api/query.ts";
import {
  fieldDef,
  isMeasure,
  type FieldKind,
  type OrderField,
  type ResourceName,
} from "../../api/resources.ts";
import type { SortSpec } from "../../lib/view-state.ts";

export interface ResolvedColumn {
  field: string;
  label: string;
  kind: FieldKind;
  /** Documented values of a closed list (status), offered as a select in the row filters. */
  values?: readonly string[];
  width: number;
}

export const ROW_HEIGHT = 33;
export const HEADER_HEIGHT = 36;
export const GRID_HEIGHT = 480;

// Wide enough for "Nov 16, 2025, 11:50 AM UTC"; longer text is cut with an ellipsis and shown in full on hover.
const WIDTH: Record<FieldKind, number> = { string: 200, date: 190, number: 120, boolean: 110 };

export function resolveColumn(
  resource: ResourceName,
  column: { field: string; label: string },
): ResolvedColumn {
  const def = fieldDef(resource, column.field);
  const kind = def?.kind ?? "string";
  return { field: column.field, label: column.label, kind, values: def?.values, width: WIDTH[kind] };
}

/** The page's columns in the URL's order (`cols`), or all of them in the page's order. */
export function visibleColumns<C extends { field: string }>(
  columns: readonly C[],
  cols: readonly string[] | undefined,
): C[] {
  if (!cols?.length) return [...columns];
  const chosen = cols.flatMap((field) => columns.filter((column) => column.field === field));
  return chosen.length ? chosen : [...columns];
}

// Usage and indirect resellers document `orderby`; subscriptions' is undocumented but answered. The client
// accepts it on groupable fields and measures only. Search and referrals are sorted in the browser.
const SERVER_ORDERED: readonly ResourceName[] = ["usage/azure", "indirectresellers", "subscriptions"];

export function isServerOrderable(resource: ResourceName, field: string): boolean {
  return (
    SERVER_ORDERED.includes(resource) &&
    (fieldDef(resource, field)?.groupable === true || isMeasure(resource, field))
  );
}

/** The `orderby` the API sorts by for this sort, or undefined when the browser has to sort. */
export function serverOrderBy<R extends ResourceName>(
  resource: R,
  sort: SortSpec | undefined,
): [OrderField<R>, SortDirection] | undefined {
  return sort && isServerOrderable(resource, sort.column)
    ? [sort.column as OrderField<R>, sort.desc ? "desc" : "asc"]
    : undefined;
}
