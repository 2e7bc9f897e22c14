import { useId, useState } from "react";
import type { FilterEntry, FilterValue } from "../lib/view-state.ts";
import { cn } from "./ui/cn.ts";
import { fieldLook, Select } from "./ui/select.tsx";

interface FilterControlProps {
  /** The filter and its current value. */
  entry: FilterEntry;
  /** Values seen in the data, offered as suggestions for open lists. */
  options?: readonly string[];
  onChange: (value: FilterValue | undefined, options?: { replace?: boolean }) => void;
}

const input = cn(fieldLook, "mt-1");

/** One page filter: a choice for closed lists and booleans, a suggesting input for open lists, text for contains. */
export function FilterControl({ entry, options, onChange }: FilterControlProps) {
  const { def, value } = entry;
  const id = useId();
  const [text, setText] = useState(typeof value === "string" ? value : "");
  // Follow the URL when it changes from outside (chip removed, Back): adjusted during render, not in an effect.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (typeof value !== "string" || value !== text.trim()) setText(typeof value === "string" ? value : "");
  }
  const list = entry.kind === "list" ? (entry.value ?? []) : [];

  if (def.kind === "flag") {
    return (
      <label className="flex flex-col text-xs font-medium" htmlFor={id}>
        {def.label}
        <Select
          id={id}
          value={value === undefined ? "" : String(value)}
          onChange={(e) => onChange(e.target.value === "" ? undefined : e.target.value === "true")}
          className="mt-1"
        >
          <option value="">Any</option>
          <option value="true">On</option>
          <option value="false">Off</option>
        </Select>
      </label>
    );
  }
  if (def.kind === "text") {
    // Typing replaces the history entry, so Back does not step through every keystroke.
    return (
      <label className="flex flex-col text-xs font-medium" htmlFor={id}>
        {def.label} contains
        <input
          id={id}
          type="search"
          value={text}
          maxLength={100}
          onChange={(e) => {
            setText(e.target.value);
            onChange(e.target.value.trim() || undefined, { replace: true });
          }}
          className={input}
        />
      </label>
    );
  }
  const values = def.values;
  const choices = (values ?? options ?? []).filter((o) => !list.includes(o));
  const add = (v: string) => {
    const trimmed = v.trim();
    if (trimmed && !list.includes(trimmed)) onChange([...list, trimmed]);
  };
  if (values) {
    return (
      <label className="flex flex-col text-xs font-medium" htmlFor={id}>
        {def.label}
        <Select id={id} value="" onChange={(e) => add(e.target.value)} className="mt-1">
          <option value="">{list.length ? "Add…" : "All"}</option>
          {choices.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </label>
    );
  }
  return (
    <form
      className="flex flex-col text-xs font-medium"
      onSubmit={(e) => {
        e.preventDefault();
        add(text);
        setText("");
      }}
    >
      <label htmlFor={id}>{def.label}</label>
      <input
        id={id}
        list={`${id}-options`}
        value={text}
        maxLength={100}
        onChange={(e) => setText(e.target.value)}
        placeholder="Type, then Enter"
        className={input}
      />
      <datalist id={`${id}-options`}>
        {choices.slice(0, 200).map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </form>
  );
}
