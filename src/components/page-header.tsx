import type { ReactNode } from "react";
import type { FilterShape } from "../lib/view-state.ts";
import { FilterBar, type FilterBarProps } from "./filter-bar.tsx";

interface PageHeaderProps<S extends FilterShape> extends FilterBarProps<S> {
  title: string;
  /** What the page shows, for which period. */
  intro: ReactNode;
}

/** The top of every page: its title, what it shows, and its filter bar. */
export function PageHeader<S extends FilterShape>({ title, intro, ...filterBar }: PageHeaderProps<S>) {
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{intro}</p>
      </div>
      <FilterBar {...filterBar} />
    </>
  );
}
