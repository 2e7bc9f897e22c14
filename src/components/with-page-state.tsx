import { memo, type ComponentType } from "react";
import { usePageState, type ViewStateApi } from "../lib/use-view-state.ts";
import type { FilterShape, PageSchema } from "../lib/view-state.ts";

/**
 * A page whose body re-renders only when its view changes, not on its grid's sort and column clicks (the grid
 * follows those itself); see usePageState.
 */
export function withPageState<S extends FilterShape>(
  schema: PageSchema<S>,
  Body: ComponentType<{ state: ViewStateApi<S> }>,
) {
  const MemoBody = memo(Body);
  return function Page() {
    return <MemoBody state={usePageState(schema)} />;
  };
}
