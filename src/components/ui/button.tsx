import type { ButtonHTMLAttributes, Ref } from "react";
import { cn } from "./cn.ts";

const LOOK = {
  /** The one action the screen or form is for (Sign in, Apply, Print). */
  primary: "bg-blue-700 font-semibold text-white hover:bg-blue-800 disabled:opacity-60",
  /** Everything else a bar, card or panel offers (Copy link, Columns, Export CSV, Cancel). */
  secondary:
    "border border-slate-400 bg-white font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-500 dark:bg-slate-900 dark:hover:bg-slate-800",
  /** Inside an error: Retry, Try again. */
  danger:
    "border border-red-400 bg-white font-semibold text-red-900 hover:bg-red-50 dark:border-red-700 dark:bg-red-900 dark:text-red-50 dark:hover:bg-red-800",
  /** Reads as a link, acts on the page (Clear filters, Reset columns, Back to all categories). */
  link: "font-medium text-blue-800 underline hover:no-underline disabled:no-underline disabled:opacity-50 dark:text-blue-300",
  /** A symbol with an aria-label (×, ↑, ↓): no frame until hovered. */
  quiet: "font-semibold hover:bg-slate-200 disabled:opacity-30 dark:hover:bg-slate-700",
} as const;

const SIZE = {
  /** Inside a line of text or a chip row (Cancel a wait, View as table, drill-down chips). */
  xs: "rounded-md px-2 py-0.5 text-xs",
  /** Toolbars and forms: the default. */
  sm: "rounded-md px-3 py-1.5 text-sm",
  /** Alone on a screen (Sign in). */
  lg: "rounded-md px-5 py-2.5",
  /** A one-character symbol. */
  icon: "rounded px-1.5 leading-5",
} as const;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  look?: keyof typeof LOOK;
  size?: keyof typeof SIZE;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * Every button of the app: one look per purpose, in both themes, with the app's focus ring (styles.css) and
 * hidden in print. `className` is for placement only (margins, widths). A link-looking button has no box.
 */
export function Button({
  look = "secondary",
  size = "sm",
  className,
  type = "button",
  ...rest
}: ButtonProps) {
  return (
    <button
      // A plain button unless `submit` is asked for: no button submits a form by accident.
      type={type}
      className={cn(LOOK[look], look === "link" ? "text-sm" : SIZE[size], "print:hidden", className)}
      {...rest}
    />
  );
}
