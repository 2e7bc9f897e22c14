import { useId } from "react";
import { EMPTY_FILTER, isSelectFilter, type ColumnFilters } from "./filter-rows.ts";
import type { ResolvedColumn } from "./grid-columns.ts";

interface RowFiltersProps {
  id: string;
  columns: readonly ResolvedColumn[];
  filters: ColumnFilters;
  onChange: (filters: ColumnFilters) => void;
}

const HINT = {
  string: "contains…",
  date: "2026-08 or >=2026-08-15",
  number: "12 or >100",
  boolean: "",
} as const;

/**
 * One filter per column over the loaded rows (and applied to the export): text contains, a closed list or a
 * boolean chosen from a select, numbers and dates matched or compared.
 */
export function RowFilters({ id, columns, filters, onChange }: RowFiltersProps) {
  const baseId = useId();
  const set = (field: string, value: string) => onChange({ ...filters, [field]: value });
  const active = columns.some((column) => filters[column.field]);

  return (
    <fieldset id={id} className="mb-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium">Filter rows</legend>
      <div className="flex flex-wrap items-end gap-2">
        {columns.map((column) => {
          const inputId = `${baseId}-${column.field}`;
          const value = filters[column.field] ?? "";
          const control =
            "w-40 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";
          return (
            <div key={column.field} className="flex flex-col text-xs">
              <label htmlFor={inputId} className="font-medium">
                {column.label}
              </label>
              {isSelectFilter(column) ? (
                <select
                  id={inputId}
                  value={value}
                  onChange={(e) => set(column.field, e.target.value)}
                  className={control}
                >
                  <option value="">All</option>
                  {(column.values ?? ["true", "false"]).map((v) => (
                    <option key={v} value={v}>
                      {column.kind === "boolean" ? (v === "true" ? "Yes" : "No") : v}
                    </option>
                  ))}
                  <option value={EMPTY_FILTER}>— (empty)</option>
                </select>
              ) : (
                <input
                  id={inputId}
                  type="search"
                  value={value}
                  placeholder={HINT[column.kind]}
                  onChange={(e) => set(column.field, e.target.value)}
                  className={control}
                />
              )}
            </div>
          );
        })}
        <button
          type="button"
          disabled={!active}
          onClick={() => onChange({})}
          className="rounded-md px-2 py-1 text-sm text-blue-700 underline disabled:opacity-40 dark:text-blue-300"
        >
          Clear filters
        </button>
      </div>
    </fieldset>
  );
}
