import type { Filter } from "../../api/filter.ts";
import type { FieldName, ResourceName } from "../../api/resources.ts";
import type { ViewStateApi } from "../../lib/use-view-state.ts";

export interface GridColumn<R extends ResourceName> {
  field: FieldName<R>;
  label: string;
}

export interface ResourceGridProps<R extends ResourceName> {
  resource: R;
  title: string;
  /** The page's current API filter (range and page filters): the grid shows exactly those rows. */
  filter: Filter<R> | undefined;
  columns: readonly GridColumn<R>[];
  /** The page's URL state: the grid keeps its sort (`sort`) and visible columns (`cols`) there. */
  state: ViewStateApi;
  /** Start of the export file name, e.g. "subscriptions". */
  fileName: string;
}

// Placeholder while the data grid (issue 7) is being built; replaced by the virtualized grid.
export function ResourceGrid<R extends ResourceName>({ title }: ResourceGridProps<R>) {
  return (
    <section className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 className="text-base font-semibold">{title}</h2>
    </section>
  );
}
