import { Fragment, useEffect, useId, useRef } from "react";
import { formatRaw } from "./format-cell.ts";
import type { GridRow } from "./sort-rows.ts";
import { Button } from "../ui/button.tsx";

interface DetailsPanelProps {
  heading: string;
  row: GridRow;
  /** Every field of the resource, in the API's order; fields the row has beyond these follow. */
  fields: readonly string[];
  onClose: () => void;
}

/**
 * A modal side panel with every field of one raw row, nulls written as "null". Focus moves to its Close button
 * (the only control, so Tab stays there) and the opener restores it on close; Escape closes.
 */
export function DetailsPanel({ heading, row, fields, onClose }: DetailsPanelProps) {
  const headingId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const names = [...fields, ...Object.keys(row).filter((name) => !fields.includes(name))];

  useEffect(() => closeRef.current?.focus(), []);

  useEffect(() => {
    const dialog = dialogRef.current;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault();
        onClose();
      } else if (event.key === "Tab") {
        event.preventDefault();
        closeRef.current?.focus();
      }
      // Page shortcuts (the filter bar steps the date range on ←/→) must not act behind a modal.
      event.stopPropagation();
    };
    dialog?.addEventListener("keydown", onKeyDown);
    return () => dialog?.removeEventListener("keydown", onKeyDown);
  }, [onClose]);

  return (
    <div className="fixed inset-0 z-50 flex justify-end bg-slate-900/40">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        className="h-full w-full max-w-lg overflow-y-auto bg-white p-4 shadow-xl dark:bg-slate-900"
      >
        <div className="mb-3 flex items-start justify-between gap-2">
          <h2 id={headingId} className="text-base font-semibold">
            {heading}
          </h2>
          <Button ref={closeRef} onClick={onClose}>
            Close
          </Button>
        </div>
        <dl className="grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
          {names.map((name) => (
            <Fragment key={name}>
              <dt className="font-mono text-xs leading-5 text-slate-600 dark:text-slate-400">{name}</dt>
              <dd
                className={
                  row[name] === null || row[name] === undefined ? "text-slate-500 italic" : "break-all"
                }
              >
                {formatRaw(row[name])}
              </dd>
            </Fragment>
          ))}
        </dl>
      </div>
    </div>
  );
}
