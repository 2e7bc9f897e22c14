import { useId } from "react";
import type { UnitOption } from "../lib/units.ts";
import { cardSurface } from "../../../components/ui/card.tsx";
import { cn } from "../../../components/ui/cn.ts";
import { Select } from "../../../components/ui/select.tsx";

interface UnitPickerProps {
  unit: string | null;
  options: readonly UnitOption[];
  ignored: readonly string[];
  pending: boolean;
  onChange: (unit: string) => void;
}

/** One unit at a time for the whole page: quantities in different units are never added together. */
export function UnitPicker({ unit, options, ignored, pending, onChange }: UnitPickerProps) {
  const id = useId();
  const units =
    unit && !options.some((o) => o.unit === unit) ? [{ unit, categories: 0 }, ...options] : options;
  return (
    <div className={cn(cardSurface, "flex flex-wrap items-end gap-3")}>
      <label htmlFor={id} className="flex flex-col text-xs font-medium">
        Unit shown
        <Select
          id={id}
          value={unit ?? ""}
          disabled={!units.length}
          onChange={(e) => onChange(e.target.value)}
          className="mt-1"
        >
          {!unit && <option value="">{pending ? "Loading units…" : "No usage"}</option>}
          {units.map((o) => (
            <option key={o.unit} value={o.unit}>
              {o.unit}
              {o.categories ? ` (${o.categories} ${o.categories === 1 ? "category" : "categories"})` : ""}
            </option>
          ))}
        </Select>
      </label>
      <p className="max-w-prose text-sm text-slate-700 dark:text-slate-300">
        Every quantity on this page is in <strong>{unit ?? "one unit"}</strong>: Azure meters count hours,
        gigabytes and transactions, which cannot be added together.
        {ignored.length > 0 && ` The link also named ${ignored.join(", ")}; choose it here to see it.`}
      </p>
    </div>
  );
}
