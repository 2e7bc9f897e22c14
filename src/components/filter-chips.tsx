import type { FilterDef, FilterValue } from "../lib/view-state.ts";
import { Button } from "./ui/button.tsx";

interface FilterChipsProps {
  defs: readonly FilterDef[];
  filters: Readonly<Record<string, FilterValue>>;
  onRemove: (param: string, value?: string) => void;
}

const describe = (def: FilterDef, value: string | boolean) =>
  def.kind === "boolean"
    ? `${def.label}: ${value ? "on" : "off"}`
    : def.kind === "text"
      ? `${def.label} contains “${value}”`
      : `${def.label}: ${value}`;

/** Active filters as removable chips, one per value. */
export function FilterChips({ defs, filters, onRemove }: FilterChipsProps) {
  const chips = defs.flatMap((def) => {
    const value = filters[def.param];
    if (value === undefined || value === "") return [];
    const values = Array.isArray(value) ? value : [value as string | boolean];
    return values.map((v) => ({ def, value: v }));
  });
  if (!chips.length) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap gap-2">
      {chips.map(({ def, value }) => {
        const text = describe(def, value);
        return (
          <li
            key={`${def.param}=${String(value)}`}
            className="flex items-center gap-1 rounded-full border border-blue-300 bg-blue-50 py-0.5 pr-1 pl-3 text-sm text-blue-950 dark:border-blue-700 dark:bg-blue-950 dark:text-blue-50"
            data-chip={def.param}
          >
            <span>{text}</span>
            <Button
              look="quiet"
              size="icon"
              aria-label={`Remove filter ${text}`}
              onClick={() =>
                onRemove(def.param, Array.isArray(filters[def.param]) ? String(value) : undefined)
              }
            >
              ×
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
