import { useEffect, useId, useRef, useState } from "react";
import { Button } from "../ui/button.tsx";

interface MenuColumn {
  field: string;
  label: string;
}

interface ColumnMenuProps {
  /** Every column the page offers, in its default order. */
  columns: readonly MenuColumn[];
  /** Shown columns, in their shown order. */
  visible: readonly string[];
  /** The new visible columns; undefined when that is the page's default (keeps `cols` out of the URL). */
  onChange: (cols: readonly string[] | undefined) => void;
}

/** "Columns": show, hide and reorder the grid's columns. At least one column always stays visible. */
export function ColumnMenu({ columns, visible, onChange }: ColumnMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // Shown columns first in their order, then the hidden ones in the page's order.
  const ordered = [
    ...visible.flatMap((field) => columns.filter((c) => c.field === field)),
    ...columns.filter((c) => !visible.includes(c.field)),
  ];

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const commit = (next: readonly string[]) => {
    const isDefault = next.length === columns.length && next.every((field, i) => columns[i]?.field === field);
    onChange(isDefault ? undefined : next);
  };
  const toggle = (field: string) =>
    commit(
      visible.includes(field)
        ? visible.filter((f) => f !== field)
        : ordered.map((c) => c.field).filter((f) => f === field || visible.includes(f)),
    );
  const move = (field: string, by: -1 | 1) => {
    const next = [...visible];
    const from = next.indexOf(field);
    const to = from + by;
    if (from < 0 || to < 0 || to >= next.length) return;
    [next[from], next[to]] = [next[to]!, next[from]!];
    commit(next);
  };

  return (
    <div className="relative">
      <Button ref={buttonRef} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        Columns ({visible.length}/{columns.length})
      </Button>
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          role="group"
          aria-label="Columns"
          className="absolute right-0 z-20 mt-1 w-72 rounded-md border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <ul className="max-h-80 space-y-1 overflow-y-auto">
            {ordered.map((column) => {
              const shown = visible.includes(column.field);
              const position = visible.indexOf(column.field);
              return (
                <li key={column.field} className="flex items-center gap-1 text-sm">
                  <label className="flex flex-1 items-center gap-2">
                    <input
                      type="checkbox"
                      checked={shown}
                      disabled={shown && visible.length === 1}
                      onChange={() => toggle(column.field)}
                    />
                    {column.label}
                  </label>
                  <Button
                    look="quiet"
                    size="icon"
                    aria-label={`Move ${column.label} up`}
                    disabled={!shown || position === 0}
                    onClick={() => move(column.field, -1)}
                  >
                    ↑
                  </Button>
                  <Button
                    look="quiet"
                    size="icon"
                    aria-label={`Move ${column.label} down`}
                    disabled={!shown || position === visible.length - 1}
                    onClick={() => move(column.field, 1)}
                  >
                    ↓
                  </Button>
                </li>
              );
            })}
          </ul>
          <Button look="link" onClick={() => onChange(undefined)} className="mt-2">
            Reset columns
          </Button>
        </div>
      )}
    </div>
  );
}
