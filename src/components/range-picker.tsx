import { useId, useState } from "react";
import { formatRange, parseRange, RANGE_PRESETS, type DayRange, type RangeSpec } from "../lib/date-range.ts";
import { formatDayRange } from "../lib/format.ts";
import { Button } from "./ui/button.tsx";
import { cn } from "./ui/cn.ts";
import { fieldLook, Select } from "./ui/select.tsx";

interface RangePickerProps {
  spec: RangeSpec;
  resolved: DayRange;
  onChange: (spec: RangeSpec) => void;
}

const CUSTOM = "custom";

export function RangePicker({ spec, resolved, onChange }: RangePickerProps) {
  const id = useId();
  const [custom, setCustom] = useState(!("preset" in spec));
  const [draft, setDraft] = useState(resolved);
  const [error, setError] = useState<string | null>(null);
  const selected = custom ? CUSTOM : "preset" in spec ? spec.preset : CUSTOM;

  const applyCustom = () => {
    const parsed = parseRange(`${draft.from}..${draft.to}`);
    if (!parsed) return setError("Choose a start date on or before the end date (at most five years).");
    setError(null);
    onChange(parsed);
  };

  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col text-xs font-medium" htmlFor={`${id}-range`}>
        Date range
        <Select
          id={`${id}-range`}
          value={selected}
          onChange={(e) => {
            if (e.target.value === CUSTOM) {
              setCustom(true);
              setDraft(resolved);
              return;
            }
            setCustom(false);
            const next = parseRange(e.target.value);
            if (next) onChange(next);
          }}
          className="mt-1"
        >
          {Object.entries(RANGE_PRESETS).map(([token, label]) => (
            <option key={token} value={token}>
              {label}
            </option>
          ))}
          <option value={CUSTOM}>Custom…</option>
        </Select>
      </label>
      {custom && (
        <>
          <label className="flex flex-col text-xs font-medium">
            From
            <input
              type="date"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
              className={cn(fieldLook, "mt-1")}
            />
          </label>
          <label className="flex flex-col text-xs font-medium">
            To
            <input
              type="date"
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
              className={cn(fieldLook, "mt-1")}
            />
          </label>
          <Button look="primary" onClick={applyCustom}>
            Apply
          </Button>
        </>
      )}
      <p
        className="pb-1.5 text-sm text-slate-600 dark:text-slate-400"
        data-testid="resolved-range"
        title={formatRange(spec)}
      >
        {formatDayRange(resolved)}
      </p>
      {error && (
        <p role="alert" className="w-full text-sm text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
