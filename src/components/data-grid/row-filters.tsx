import { useId } from "react";
import { EMPTY_FILTER, isSelectFilter, type ColumnFilters } from "./filter-rows.ts";
import type { ResolvedColumn } from "./grid-columns.ts";
import { Button } from "../ui/button.tsx";
import { cn } from "../ui/cn.ts";
import { fieldLook, Select } from "../ui/select.tsx";

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
          return (
            <div key={column.field} className="flex flex-col text-xs">
              <label htmlFor={inputId} className="font-medium">
                {column.label}
              </label>
              {isSelectFilter(column) ? (
                <Select
                  id={inputId}
                  value={value}
                  onChange={(e) => set(column.field, e.target.value)}
                  className="w-40"
                >
                  <option value="">All</option>
                  {(column.values ?? ["true", "false"]).map((v) => (
                    <option key={v} value={v}>
                      {column.kind === "boolean" ? (v === "true" ? "Yes" : "No") : v}
                    </option>
                  ))}
                  <option value={EMPTY_FILTER}>— (empty)</option>
                </Select>
              ) : (
                <input
                  id={inputId}
                  type="search"
                  value={value}
                  placeholder={HINT[column.kind]}
                  onChange={(e) => set(column.field, e.target.value)}
                  className={cn(fieldLook, "w-40")}
                />
              )}
            </div>
          );
        })}
        <Button look="link" disabled={!active} onClick={() => onChange({})} className="px-2 py-1.5">
          Clear filters
        </Button>
      </div>
    </fieldset>
  );
}
