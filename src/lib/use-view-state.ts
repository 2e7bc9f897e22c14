import { useCallback, useLayoutEffect, useMemo, useRef } from "react";
import { useLocation, useSearch } from "wouter";
import { resolveRange, type DayRange } from "./date-range.ts";
import { useToday } from "./today.tsx";
import {
  formatViewSearch,
  parseViewSearch,
  type FilterShape,
  type PageSchema,
  type RejectedParam,
  type ViewState,
} from "./view-state.ts";

export type ViewUpdate<S extends FilterShape> = ViewState<S> | ((latest: ViewState<S>) => ViewState<S>);

export interface ViewStateApi<S extends FilterShape = FilterShape> {
  view: ViewState<S>;
  range: DayRange;
  rejected: RejectedParam[];
  /**
   * Discrete changes push history (Back steps through views); typing replaces it. A function gets the latest view:
   * a page body renders a deferred copy of the state, so the `view` it holds can be one click behind.
   */
  setView: (next: ViewUpdate<S>, options?: { replace?: boolean }) => void;
  search: string;
}

/** The page's view state, read from and written to the URL through the page's schema. */
export function useViewState<S extends FilterShape>(schema: PageSchema<S>): ViewStateApi<S> {
  const today = useToday();
  const raw = useSearch();
  const [location, navigate] = useLocation();
  const { state, rejected } = useMemo(() => parseViewSearch(raw, schema), [raw, schema]);
  const range = useMemo(() => resolveRange(state.range, today), [state.range, today]);
  // Read through a ref, so setView stays the same function while the URL changes (memoised bodies rely on it).
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });
  const setView = useCallback(
    (next: ViewUpdate<S>, options?: { replace?: boolean }) => {
      const view = typeof next === "function" ? next(latest.current) : next;
      navigate(`${location}?${formatViewSearch(view, schema)}`, { replace: options?.replace ?? false });
    },
    [location, navigate, schema],
  );
  return { view: state, range, rejected, setView, search: formatViewSearch(state, schema) };
}

/**
 * The page's state without the grid's own params (`sort`, `cols`), for everything on a page but its grid. It is
 * the same object until something else in the URL changes, so a memoised page body skips the grid's sort and
 * column clicks: re-rendering every chart made a sort click on 100,000 rows take 200 ms. Its `setView` keeps the
 * grid's current sort and columns, so a drill-down or filter change does not reset them.
 */
export function usePageState<S extends FilterShape>(schema: PageSchema<S>): ViewStateApi<S> {
  const full = useViewState(schema);
  const { sort: _sort, cols: _cols, ...rest } = full.view;
  const search = formatViewSearch(rest, schema);
  const rejectedKey = JSON.stringify(full.rejected);
  const { setView: setFullView } = full;
  const { from, to } = full.range;
  // Each part keyed on text (the URL without the grid params, the range's days, the notice): the parsed objects
  // are new on every URL change, a sort click included.
  const view = useMemo(() => parseViewSearch(search, schema).state, [search, schema]);
  const range = useMemo(() => ({ from, to }), [from, to]);
  const rejected = useMemo(() => JSON.parse(rejectedKey) as RejectedParam[], [rejectedKey]);
  // Resolved against the latest full view (useViewState's), whose sort and columns are the grid's current ones.
  const setView = useCallback(
    (next: ViewUpdate<S>, options?: { replace?: boolean }) =>
      setFullView(
        (current) => ({
          ...(typeof next === "function" ? next(current) : next),
          sort: current.sort,
          cols: current.cols,
        }),
        options,
      ),
    [setFullView],
  );
  return useMemo(
    () => ({ view, range, rejected, search, setView }),
    [view, range, rejected, search, setView],
  );
}
