import type { Ref, SelectHTMLAttributes } from "react";
import { cn } from "./cn.ts";

/** The frame of every field of the view controls: selects, dates, search boxes. */
export const fieldLook =
  "rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-500 dark:bg-slate-900";

interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  ref?: Ref<HTMLSelectElement>;
}

/**
 * A native select in the app's look: the platform's keyboard, touch and screen-reader behaviour. The caller
 * labels it (a wrapping <label>, htmlFor, or a visually hidden name); `className` is for placement only.
 */
export function Select({ className, ...rest }: SelectProps) {
  return <select className={cn(fieldLook, className)} {...rest} />;
}
