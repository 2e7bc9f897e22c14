import { useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  memo,
  useContext,
  useDeferredValue,
  useEffect,
  useEffectEvent,
  type ComponentType,
} from "react";
import { useApi } from "../api/api-context.tsx";
import type { PrefetchContext } from "../lib/page-prefetch.ts";
import { useToday } from "../lib/today.tsx";
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
  prefetch?: (context: PrefetchContext) => void,
) {
  const MemoBody = memo(Body);
  return function Page() {
    const state = usePageState(schema);
    const deferred = useDeferredValue(state);
    const queryClient = useQueryClient();
    const { queries } = useApi();
    const today = useToday();
    // After the urgent commit of a view change, before the deferred render: the new view's queries are then on
    // their way while the cards render, instead of being sent by the cards once they have all rendered.
    const startQueries = useEffectEvent((search: string) => {
      if (prefetch && search !== deferred.search) prefetch({ queryClient, queries, search, today });
    });
    useEffect(() => startQueries(state.search), [state.search]);
    return (
      <UrgentState value={state}>
        <MemoBody state={deferred} />
      </UrgentState>
    );
  };
}
