import { useEffect, useState } from "react";
import { comparisonRange, stepRange, type Compare, type Grain } from "../lib/date-range.ts";
import { formatDayRange } from "../lib/format.ts";
import type { ViewStateApi } from "../lib/use-view-state.ts";
import type { FilterValue, PageSchema } from "../lib/view-state.ts";
import { FilterChips } from "./filter-chips.tsx";
import { FilterControl } from "./filter-control.tsx";
import { ParamsNotice } from "./params-notice.tsx";
import { RangePicker } from "./range-picker.tsx";
import { UpdatingNotice } from "./updating-notice.tsx";
import { Button } from "./ui/button.tsx";
import { Select } from "./ui/select.tsx";

export interface FilterBarProps {
  schema: PageSchema;
  state: ViewStateApi;
  options?: Readonly<Record<string, readonly string[]>>;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName));

/** The one filter bar: date range, comparison, granularity, the page's filters as chips, and a link to the view. */
export function FilterBar({ schema, state, options = {} }: FilterBarProps) {
  const { view, range, rejected, setView } = state;
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  const compared = comparisonRange(range, view.compare);

  const setFilter = (param: string, value: FilterValue | undefined, opts?: { replace?: boolean }) => {
    const filters = { ...view.filters };
    if (value === undefined) delete filters[param];
    else filters[param] = value;
    setView({ ...view, filters }, opts);
  };

  // ←/→ step the range by its own length, unless the user is typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        (e.key !== "ArrowLeft" && e.key !== "ArrowRight") ||
        e.altKey ||
        e.ctrlKey ||
        e.metaKey ||
        isTyping(e.target)
      )
        return;
      if (e.target instanceof HTMLElement && e.target.closest("[role=grid]")) return;
      e.preventDefault();
      setView({ ...view, range: stepRange(range, e.key === "ArrowLeft" ? -1 : 1) });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [view, range, setView]);

  const copyLink = () =>
    navigator.clipboard.writeText(window.location.href).then(
      () => setCopied("done"),
      () => setCopied("failed"),
    );

  return (
    <div className="space-y-3 print:hidden" role="region" aria-label="Filters">
      <ParamsNotice rejected={rejected} />
      <div className="flex flex-wrap items-end gap-3">
        <RangePicker
          spec={view.range}
          resolved={range}
          onChange={(spec) => setView({ ...view, range: spec })}
        />
        <label className="flex flex-col text-xs font-medium">
          Compare with
          <Select
            value={view.compare}
            onChange={(e) => setView({ ...view, compare: e.target.value as Compare })}
            className="mt-1"
          >
            <option value="none">No comparison</option>
            <option value="previous">Previous period</option>
            <option value="year">Same period last year</option>
          </Select>
        </label>
        <label className="flex flex-col text-xs font-medium">
          Granularity
          <Select
            value={view.grain}
            onChange={(e) => setView({ ...view, grain: e.target.value as Grain | "auto" })}
            className="mt-1"
          >
            <option value="auto">Automatic</option>
            <option value="day">Day</option>
            <option value="week">Week</option>
            <option value="month">Month</option>
          </Select>
        </label>
        {schema.filters.map((def) => (
          <FilterControl
            key={def.param}
            def={def}
            value={view.filters[def.param]}
            options={options[def.param]}
            onChange={(value, opts) => setFilter(def.param, value, opts)}
          />
        ))}
        <Button onClick={copyLink}>
          {copied === "done"
            ? "Link copied"
            : copied === "failed"
              ? "Copy failed: use the address bar"
              : "Copy link"}
        </Button>
        <UpdatingNotice />
      </div>
      {compared && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Compared with {formatDayRange(compared)}. Use ← and → to move the range.
        </p>
      )}
      <FilterChips
        defs={schema.filters}
        filters={view.filters}
        onRemove={(param, value) => {
          const current = view.filters[param];
          setFilter(
            param,
            Array.isArray(current) && value !== undefined ? current.filter((v) => v !== value) : undefined,
          );
        }}
      />
    </div>
  );
}
