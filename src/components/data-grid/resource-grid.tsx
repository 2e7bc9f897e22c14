import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useEffect, useEffectEvent, useId, useMemo, useState } from "react";
import { useApi } from "../../api/api-context.tsx";
import type { Filter } from "../../api/filter.ts";
import type { RowQuery } from "../../api/query.ts";
import { fieldEntries, type FieldName, type ResourceName } from "../../api/resources.ts";
import { describeFilters, exportFileName, exportScope } from "../../lib/csv-export.ts";
import { PAGE_SIZE } from "../../lib/grid-pages.ts";
import type { DayRange } from "../../lib/date-range.ts";
import { useViewState } from "../../lib/use-view-state.ts";
import type { PageSchema, SortSpec } from "../../lib/view-state.ts";
import { Button } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { ColumnMenu } from "./column-menu.tsx";
import { ExportButton, ExportOutcome } from "./export-button.tsx";
import { EMPTY_FILTER, rowPredicate, visibleRows, type ColumnFilters } from "./filter-rows.ts";
import { resolveColumn, serverOrderBy, visibleColumns } from "./grid-columns.ts";
import { LoadProgress, LoadPrompt, LoadStatus, NoRows, rowCountText } from "./load-status.tsx";
import { RowFilters } from "./row-filters.tsx";
import { sortOrder } from "./sort-rows.ts";
import { useCsvExport } from "./use-csv-export.ts";
import { useRowLoader } from "./use-row-loader.ts";
import { VirtualGrid } from "./virtual-grid.tsx";

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
  /**
   * The page's URL schema: the grid keeps its sort (`sort`) and visible columns (`cols`) in the URL with the page's
   * filters, and reads them itself, so its clicks do not re-render the rest of the page.
   */
  schema: PageSchema;
  /** The page's range, for the export's file name. */
  range: DayRange;
  /** Start of the export file name, e.g. "subscriptions". */
  fileName: string;
}

const orderKey = <R extends ResourceName>(query: RowQuery<R> | null) =>
  query?.orderby?.map((term) => term.join(" ")).join(",") ?? "";

/**
 * Every raw row of the page's filter in a virtualized grid. Rows load when the user asks ("Load rows"), so opening
 * a page never competes with its charts; after that the grid follows the page's filters by itself. The server
 * sorts (`orderby`) where it can, which decides the order rows arrive in and the export's order; once every row
 * is loaded a sort change is done in the browser instead of loading everything again.
 */
export function ResourceGrid<R extends ResourceName>({
  resource,
  title,
  filter,
  columns,
  schema,
  range,
  fileName,
}: ResourceGridProps<R>) {
  const { queries } = useApi();
  const { view, setView } = useViewState(schema);
  const headingId = useId();
  const filtersId = useId();
  const resolved = useMemo(
    () => columns.map((column) => resolveColumn(resource, column)),
    [resource, columns],
  );
  const shown = useMemo(() => visibleColumns(resolved, view.cols), [resolved, view.cols]);
  const fields = useMemo(() => fieldEntries(resource).map(([name]) => name), [resource]);
  const sort: SortSpec | undefined = resolved.some((column) => column.field === view.sort?.column)
    ? view.sort
    : undefined;
  const orderby = serverOrderBy(resource, sort);
  const query: RowQuery<R> = { filter, orderby: orderby && [orderby], top: PAGE_SIZE };

  const count = useQuery(queries[resource].rows({ filter, top: 1 }));
  const loader = useRowLoader(resource);
  const [requested, setRequested] = useState(false);

  const ensureLoaded = useEffectEvent(() => {
    const loaded = loader.query;
    const sameFilter = loaded !== null && loaded.filter?.expression === filter?.expression;
    const sameOrder = orderKey(loaded) === orderKey(query);
    // All rows are here: any sort is done in the browser; only "no sort" needs the API's natural order back.
    if (sameFilter && (sameOrder || (loader.status === "done" && sort !== undefined))) return;
    loader.load(query);
  });
  const queryKey = `${filter?.expression ?? ""}|${orderKey(query)}`;
  useEffect(() => {
    if (requested) ensureLoaded();
  }, [requested, queryKey]);

  const [columnFilters, setColumnFilters] = useState<ColumnFilters>({});
  const [filtersOpen, setFiltersOpen] = useState(false);
  const deferredFilters = useDeferredValue(columnFilters);
  const keep = useMemo(() => rowPredicate(resolved, deferredFilters), [resolved, deferredFilters]);
  // Rows that arrived in the order asked for need no sorting here.
  const browserSort = sort && !(orderby && orderKey(loader.query) === orderKey(query)) ? sort : undefined;
  const sortKind = resolved.find((column) => column.field === browserSort?.column)?.kind ?? "string";
  const { rows } = loader;
  const order = useMemo(
    () => (browserSort ? sortOrder(rows, browserSort.column, sortKind, browserSort.desc) : null),
    [rows, browserSort, sortKind],
  );
  const display = useMemo(() => visibleRows(rows, order, keep), [rows, order, keep]);
  const total = loader.totalCount ?? count.data?.totalCount ?? null;
  const activeFilters = resolved.filter((column) => columnFilters[column.field]?.trim());
  const shownCount = keep ? (display?.length ?? rows.length) : null;
  // A failed count leaves the line empty: the load itself reports what went wrong.
  const countText =
    loader.status === "idle" && count.isError
      ? ""
      : rowCountText(loader.status, rows.length, total, shownCount);

  const onSort = (field: string) => {
    const next =
      sort?.column !== field
        ? { column: field, desc: false }
        : sort.desc
          ? undefined
          : { column: field, desc: true };
    setView({ ...view, sort: next });
  };

  const exporter = useCsvExport(resource);
  const gridFilters = activeFilters.map((column) => {
    const value = columnFilters[column.field]!;
    return [column.field, value === EMPTY_FILTER ? "empty" : value] as const;
  });
  const pageFilters = Object.entries(view.filters);
  // With `order`, an export of the held rows follows the sort the grid shows (see exportSource).
  const heldRows = { status: loader.status, query: loader.query, rows, totalCount: loader.totalCount, order };
  const startExport = () =>
    void exporter.start({
      query,
      keep,
      fileName: exportFileName(fileName, range, [...pageFilters, ...gridFilters]),
      scope: exportScope(range, pageFilters),
      columnFilters: describeFilters(gridFilters),
      loaded: heldRows,
    });

  return (
    <Card
      title={title}
      headingId={headingId}
      description={
        <div className="flex min-h-7 flex-wrap items-center gap-2">
          <span aria-live="polite" className="tabular-nums">
            {countText}
          </span>
          {loader.status === "loading" && (
            <LoadProgress loaded={rows.length} total={total} onCancel={loader.cancel} />
          )}
        </div>
      }
      actions={
        <>
          <Button
            aria-expanded={filtersOpen}
            aria-controls={filtersId}
            onClick={() => setFiltersOpen((open) => !open)}
          >
            Filter rows{activeFilters.length ? ` (${activeFilters.length})` : ""}
          </Button>
          <ColumnMenu
            columns={resolved}
            visible={shown.map((column) => column.field)}
            onChange={(cols) => setView({ ...view, cols }, { replace: true })}
          />
          <ExportButton state={exporter.state} onStart={startExport} onCancel={exporter.cancel} />
        </>
      }
    >
      <ExportOutcome state={exporter.state} onStart={startExport} />
      {filtersOpen && (
        <RowFilters id={filtersId} columns={resolved} filters={columnFilters} onChange={setColumnFilters} />
      )}
      <LoadStatus load={loader} onRetry={() => loader.load(query)} />
      {loader.status === "idle" ? (
        <LoadPrompt total={count.data?.totalCount ?? null} onLoad={() => setRequested(true)} />
      ) : loader.status === "done" && rows.length === 0 ? (
        <NoRows>No rows match the page's filters.</NoRows>
      ) : (
        <VirtualGrid
          labelledBy={headingId}
          columns={shown}
          rows={rows}
          order={display}
          sort={sort}
          onSort={onSort}
          fields={fields}
        />
      )}
    </Card>
  );
}
