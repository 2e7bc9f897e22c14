// Test support: a subscriptions page with the grid, as the feature pages use it, and jsdom layout stubs.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, expect, vi } from "vitest";
import { dateRangeFilter, viewFilter } from "../lib/api-filters.ts";
import { TodayProvider } from "../lib/today.tsx";
import { useViewState } from "../lib/use-view-state.ts";
import { defineFilters, list } from "../lib/view-state.ts";
import { renderPage } from "./render-page.tsx";
import { ResourceGrid, type GridColumn } from "../components/data-grid/resource-grid.tsx";

const columns: readonly GridColumn<"subscriptions">[] = [
  { field: "customerName", label: "Customer" },
  { field: "status", label: "Status" },
  { field: "licenseCount", label: "Licences" },
  { field: "creationDate", label: "Created" },
  { field: "autoRenewEnabled", label: "Auto-renew" },
  { field: "friendlyName", label: "Friendly name" },
];
const schema = {
  filters: defineFilters({ status: list("Status", ["ACTIVE", "SUSPENDED", "DEPROVISIONED"]) }),
  columns: columns.map((column) => column.field),
};

/** On a fixed day, so file names and ranges in these tests are the same on every day. */
export function SubscriptionsGrid() {
  return (
    <TodayProvider day="2026-11-15">
      <SubscriptionsGridOnDay />
    </TodayProvider>
  );
}

function SubscriptionsGridOnDay() {
  const state = useViewState(schema);
  const filter = viewFilter(
    "subscriptions",
    schema.filters,
    state.view.filters,
    dateRangeFilter("subscriptions", "creationDate", state.range),
  );
  return (
    <ResourceGrid
      resource="subscriptions"
      title="All subscriptions"
      filter={filter}
      columns={columns}
      schema={schema}
      range={state.range}
      fileName="subscriptions"
    />
  );
}

export const URL_BASE = "/subscriptions?range=2026-08-01..2026-10-31";

/** The grid's page requests (the row-count probe asks for top=1). */
export const rowRequests = <T extends { params: URLSearchParams }>(requests: T[]) =>
  requests.filter(({ params }) => params.get("top") === "10000");

/** jsdom has no layout: every element gets the grid's size, so the virtualizer renders a real window. */
export function stubLayout() {
  beforeAll(() => {
    vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(480);
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(1000);
  });
  afterAll(() => vi.restoreAllMocks());
}

/** Renders the page at `url`, clicks "Load … rows" and waits until loading ends. */
export async function loadGrid(url = URL_BASE) {
  const user = userEvent.setup();
  const view = renderPage(<SubscriptionsGrid />, url);
  await user.click(await screen.findByRole("button", { name: /^Load [\d,]+ rows$/ }));
  const grid = await screen.findByRole("grid", { name: "All subscriptions" });
  await waitFor(() => expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull());
  return { ...view, user, grid };
}

/** The text of column `col` in the first three data rows. */
export const firstCells = (grid: HTMLElement, col: number) =>
  within(grid)
    .getAllByRole("row")
    .slice(1, 4)
    .map((row) => within(row).getAllByRole("gridcell")[col]?.textContent);
