import { memo, type ComponentType } from "react";
import { usePageState, type ViewStateApi } from "../lib/use-view-state.ts";
import type { PageSchema } from "../lib/view-state.ts";

/**
 * A page whose body re-renders only when its view changes, not on its grid's sort and column clicks (the grid
 * follows those itself); see usePageState.
 */
export function withPageState(schema: PageSchema, Body: ComponentType<{ state: ViewStateApi }>) {
  const MemoBody = memo(Body);
  return function Page() {
    return <MemoBody state={usePageState(schema)} />;
  };
}
