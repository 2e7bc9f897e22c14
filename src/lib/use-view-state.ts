import { useCallback, useMemo } from "react";
import { useLocation, useSearch } from "wouter";
import { resolveRange, todayUtc, type DayRange } from "./date-range.ts";
import { formatViewSearch, parseViewSearch, type PageSchema, type RejectedParam, type ViewState } from "./view-state.ts";

export interface ViewStateApi {
  view: ViewState;
  range: DayRange;
  rejected: RejectedParam[];
  /** Discrete changes push history (Back steps through views); typing replaces it. */
  setView: (next: ViewState, options?: { replace?: boolean }) => void;
  search: string;
}

/** The page's view state, read from and written to the URL through the page's schema. */
export function useViewState(schema: PageSchema, today = todayUtc()): ViewStateApi {
  const raw = useSearch();
  const [location, navigate] = useLocation();
  const { state, rejected } = useMemo(() => parseViewSearch(raw, schema), [raw, schema]);
  const range = useMemo(() => resolveRange(state.range, today), [state.range, today]);
  const setView = useCallback(
    (next: ViewState, options?: { replace?: boolean }) => {
      navigate(`${location}?${formatViewSearch(next, schema)}`, { replace: options?.replace ?? false });
    },
    [location, navigate, schema],
  );
  return { view: state, range, rejected, setView, search: formatViewSearch(state, schema) };
}
