import { act, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { useViewState, type ViewStateApi } from "../lib/use-view-state.ts";
import { defineFilters, list } from "../lib/view-state.ts";
import { renderPage } from "../testing/render-page.tsx";
import { withPageState } from "./with-page-state.tsx";

const schema = {
  filters: defineFilters({ status: list("Status", ["ACTIVE", "SUSPENDED"]) }),
  columns: ["customerName", "status"],
};

// Each render is recorded with the state it saw; the "grid" inside the body reads the full URL state itself, as
// ResourceGrid does.
type State = ViewStateApi<typeof schema.filters>;
const seen = { body: [] as State[], grid: [] as State[] };
const renders = () => ({ body: seen.body.length, grid: seen.grid.length });
const latest = (states: State[]) => states.at(-1)!;

function Grid() {
  const grid = useViewState(schema);
  seen.grid.push(grid);
  return (
    <p>sort {grid.view.sort ? `${grid.view.sort.column}.${grid.view.sort.desc ? "desc" : "asc"}` : "none"}</p>
  );
}

const Page = withPageState(schema, function Body({ state }) {
  seen.body.push(state);
  return <Grid />;
});

test("the grid's sort and columns re-render the grid only; the page's own changes keep them", async () => {
  const { location } = renderPage(<Page />, "/subscriptions?range=last-12-months&status=ACTIVE");
  expect(renders()).toEqual({ body: 1, grid: 1 });

  act(() =>
    latest(seen.grid).setView({ ...latest(seen.grid).view, sort: { column: "customerName", desc: true } }),
  );
  act(() => latest(seen.grid).setView({ ...latest(seen.grid).view, cols: ["status"] }, { replace: true }));
  expect(await screen.findByText("sort customerName.desc")).toBeInTheDocument();
  expect(renders()).toEqual({ body: 1, grid: 3 });
  const body = latest(seen.body);
  expect(body.view.sort).toBeUndefined();

  // A filter change from the page (a drill-down, the filter bar) re-renders the body and keeps the grid's params.
  act(() => body.setView({ ...body.view, filters: { status: ["SUSPENDED"] } }));
  expect(renders().body).toBe(2);
  const params = new URLSearchParams(location.history!.at(-1)!.split("?")[1]);
  expect(params.get("status")).toBe("SUSPENDED");
  expect(params.get("sort")).toBe("customerName.desc");
  expect(params.get("cols")).toBe("status");
  expect(screen.getByText("sort customerName.desc")).toBeInTheDocument();
});
