import { createContext, memo, useContext, useDeferredValue, type ComponentType } from "react";
import { usePageState, type ViewStateApi } from "../lib/use-view-state.ts";
import type { FilterShape, PageSchema } from "../lib/view-state.ts";

// The page's current state, for its filter bar; the body's cards get a deferred copy.
const UrgentState = createContext<unknown>(null);

/**
 * The state a page's filter bar shows: the current one inside `withPageState`, so a click paints its chips and
 * controls at once while the cards follow; elsewhere the state it was given.
 */
export function useUrgentState<S extends FilterShape>(state: ViewStateApi<S>): ViewStateApi<S> {
  // Provided by the Page of the same schema that rendered this filter bar (withPageState below).
  return (useContext(UrgentState) as ViewStateApi<S> | null) ?? state;
}

/**
 * A page whose body re-renders only when its view changes, not on its grid's sort and column clicks (the grid
 * follows those itself; see usePageState), and then in a deferred render React can interrupt: a filter change or
 * drill-down repaints the filter bar within the click's frame, and the cards, their numbers kept meanwhile,
 * re-render after it. Writes go through `setView` with a function of the latest view, so a second click during
 * that render builds on the first.
 */
export function withPageState<S extends FilterShape>(
  schema: PageSchema<S>,
  Body: ComponentType<{ state: ViewStateApi<S> }>,
) {
  const MemoBody = memo(Body);
  return function Page() {
    const state = usePageState(schema);
    const deferred = useDeferredValue(state);
    return (
      <UrgentState value={state}>
        <MemoBody state={deferred} />
      </UrgentState>
    );
  };
}
