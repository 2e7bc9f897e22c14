import type { FilterDef, FilterEntry } from "../lib/view-state.ts";
import { Button } from "./ui/button.tsx";

interface FilterChipsProps {
  entries: readonly FilterEntry[];
  /** A list's chip removes its one value; text and flag chips remove the filter (`value` undefined). */
  onRemove: (entry: FilterEntry, value?: string) => void;
}

const describe = (def: FilterDef, value: string | boolean) =>
  def.kind === "flag"
    ? `${def.label}: ${value ? "on" : "off"}`
    : def.kind === "text"
      ? `${def.label} contains “${value}”`
      : `${def.label}: ${value}`;

/** Active filters as removable chips, one per value. */
export function FilterChips({ entries, onRemove }: FilterChipsProps) {
  const chips = entries.flatMap((entry): { entry: FilterEntry; value: string | boolean; item?: string }[] => {
    if (entry.value === undefined || entry.value === "") return [];
    if (entry.kind === "list") return entry.value.map((value) => ({ entry, value, item: value }));
    return [{ entry, value: entry.value }];
  });
  if (!chips.length) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap gap-2">
      {chips.map(({ entry, value, item }) => {
        const text = describe(entry.def, value);
        return (
          <li
            key={`${entry.param}=${String(value)}`}
            className="flex items-center gap-1 rounded-full border border-blue-300 bg-blue-50 py-0.5 pr-1 pl-3 text-sm text-blue-950 dark:border-blue-700 dark:bg-blue-950 dark:text-blue-50"
            data-chip={entry.param}
          >
            <span>{text}</span>
            <Button
              look="quiet"
              size="icon"
              aria-label={`Remove filter ${text}`}
              onClick={() => onRemove(entry, item)}
            >
              ×
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
