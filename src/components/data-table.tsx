import type { Cell, TableData } from "../lib/card-data.ts";

/** The accessible, printable alternative to a chart: the same numbers as a table, in a keyboard-focusable scrolling box. */
export function DataTable({ caption, data }: { caption: string; data: TableData }) {
  const show = data.formatCell ?? ((value: Cell) => (value === null ? "—" : String(value)));
  return (
    // A scrolling box must be reachable by keyboard to be scrolled (axe: scrollable-region-focusable).
    <div
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={caption}
      className="max-h-96 overflow-auto print:max-h-none print:overflow-visible"
    >
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-white dark:bg-slate-900 print:static">
          <tr>
            {data.columns.map((column, i) => (
              <th
                key={column}
                scope="col"
                className={`border-b border-slate-300 px-2 py-1 font-semibold dark:border-slate-600 ${i === 0 ? "text-left" : "text-right"}`}
              >
                {data.colors?.[i] && (
                  <span
                    aria-hidden="true"
                    className="mr-1 inline-block size-2.5 rounded-sm align-baseline [print-color-adjust:exact]"
                    style={{ backgroundColor: data.colors[i] }}
                  />
                )}
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row, r) => (
            <tr key={r} className="break-inside-avoid border-b border-slate-100 dark:border-slate-800">
              {row.map((value, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className="px-2 py-1 text-left font-normal">
                    {show(value, c)}
                  </th>
                ) : (
                  <td key={c} className="tabular px-2 py-1 text-right">
                    {show(value, c)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
