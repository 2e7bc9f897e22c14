import { act, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { useViewState, type ViewStateApi } from "../lib/use-view-state.ts";
import type { PageSchema } from "../lib/view-state.ts";
import { renderPage } from "../testing/render-page.tsx";
import { withPageState } from "./with-page-state.tsx";

const schema: PageSchema = {
  filters: [{ param: "status", label: "Status", kind: "list", values: ["ACTIVE", "SUSPENDED"] }],
  columns: ["customerName", "status"],
};

// The body counts its renders; the "grid" inside it reads the full URL state itself, as ResourceGrid does.
const renders = { body: 0, grid: 0 };
let body: ViewStateApi;
let grid: ViewStateApi;

function Grid() {
  grid = useViewState(schema);
  renders.grid++;
  return <p>sort {grid.view.sort ? `${grid.view.sort.column}.${grid.view.sort.desc ? "desc" : "asc"}` : "none"}</p>;
}

const Page = withPageState(schema, function Body({ state }) {
  body = state;
  renders.body++;
  return <Grid />;
});

test("the grid's sort and columns re-render the grid only; the page's own changes keep them", async () => {
  const { location } = renderPage(<Page />, "/subscriptions?range=last-12-months&status=ACTIVE");
  expect(renders).toEqual({ body: 1, grid: 1 });

  act(() => grid.setView({ ...grid.view, sort: { column: "customerName", desc: true } }));
  act(() => grid.setView({ ...grid.view, cols: ["status"] }, { replace: true }));
  expect(await screen.findByText("sort customerName.desc")).toBeInTheDocument();
  expect(renders).toEqual({ body: 1, grid: 3 });
  expect(body.view.sort).toBeUndefined();

  // A filter change from the page (a drill-down, the filter bar) re-renders the body and keeps the grid's params.
  act(() => body.setView({ ...body.view, filters: { status: ["SUSPENDED"] } }));
  expect(renders.body).toBe(2);
  const params = new URLSearchParams(location.history!.at(-1)!.split("?")[1]);
  expect(params.get("status")).toBe("SUSPENDED");
  expect(params.get("sort")).toBe("customerName.desc");
  expect(params.get("cols")).toBe("status");
  expect(screen.getByText("sort customerName.desc")).toBeInTheDocument();
});
