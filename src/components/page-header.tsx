import type { ReactNode } from "react";
import { FilterBar, type FilterBarProps } from "./filter-bar.tsx";

interface PageHeaderProps extends FilterBarProps {
  title: string;
  /** What the page shows, for which period. */
  intro: ReactNode;
}

/** The top of every page: its title, what it shows, and its filter bar. */
export function PageHeader({ title, intro, ...filterBar }: PageHeaderProps) {
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
