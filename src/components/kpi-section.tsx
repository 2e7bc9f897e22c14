import { useId, type ReactNode } from "react";
import { CardGrid } from "./card-grid.tsx";

/** A page's headline numbers: four tiles a row on a wide screen, and a note on what they count when it needs one. */
export function KpiSection({ note, children }: { note?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="sr-only">
        Key figures
      </h2>
      <CardGrid columns={4}>{children}</CardGrid>
      {note && <p className="text-xs text-slate-600 dark:text-slate-400">{note}</p>}
    </section>
  );
}
