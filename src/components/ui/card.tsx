import { useId, type ReactNode } from "react";
import { cn } from "./cn.ts";

/** The card's surface alone, for tiles that lay out their own inside (the KPI tiles, the unit picker). */
export const cardSurface =
  "break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900";

interface CardProps {
  title: ReactNode;
  /** Under the title: what the card shows, or its live status (the grid's row count). */
  description?: ReactNode;
  /** Top-right controls (View as table, Export CSV); hidden in print. */
  actions?: ReactNode;
  children: ReactNode;
  /** Placement only: grid spans, widths. */
  className?: string;
  /** The heading's id, for a part inside that is named by it too (the data grid). */
  headingId?: string;
}

/** Every card of every page: a region named by its heading, with its description and its actions. */
export function Card({ title, description, actions, children, className, headingId }: CardProps) {
  const ownId = useId();
  const id = headingId ?? ownId;
  return (
    <section aria-labelledby={id} className={cn(cardSurface, className)}>
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        {/* The title takes the line and the actions sit at its end; they wrap below only when the title would
            get less than 16rem (a phone). */}
        <div className="min-w-0 flex-1 basis-64">
          <h2 id={id} className="text-base font-semibold">
            {title}
          </h2>
          {description && <div className="text-sm text-slate-600 dark:text-slate-400">{description}</div>}
        </div>
        {actions && <div className="flex flex-wrap items-start gap-2 print:hidden">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
