import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { fieldEntries } from "../../api/resources.ts";
import { dateRangeFilter, viewFilter } from "../../lib/api-filters.ts";
import { useViewState } from "../../lib/use-view-state.ts";
import type { PageSchema } from "../../lib/view-state.ts";
import { renderPage } from "../../testing/render-page.tsx";
import { ResourceGrid, type GridColumn } from "./resource-grid.tsx";
import { serveSubscriptions, subscriptionRows, setupTestServer } from "./test-server.ts";

const server = setupTestServer();

const columns: readonly GridColumn<"subscriptions">[] = [
  { field: "customerName", label: "Customer" },
  { field: "status", label: "Status" },
  { field: "licenseCount", label: "Licences" },
  { field: "creationDate", label: "Created" },
  { field: "autoRenewEnabled", label: "Auto-renew" },
  { field: "friendlyName", label: "Friendly name" },
];
const schema: PageSchema = {
  filters: [{ param: "status", label: "Status", kind: "list", values: ["ACTIVE", "SUSPENDED", "DEPROVISIONED"] }],
  columns: columns.map((column) => column.field),
};

function SubscriptionsGrid() {
  const state = useViewState(schema, "2026-11-15");
  const filter = viewFilter("subscriptions", schema.filters, state.view.filters, dateRangeFilter("subscriptions", "creationDate", state.range));
  return <ResourceGrid resource="subscriptions" title="All subscriptions" filter={filter} columns={columns} state={state} fileName="subscriptions" />;
}

const URL_BASE = "/subscriptions?range=2026-08-01..2026-10-31";
const rowRequests = <T extends { params: URLSearchParams }>(requests: T[]) => requests.filter(({ params }) => params.get("top") === "10000");

// jsdom has no layout: give every element the grid's size so the virtualizer renders a real window.
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(480);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(1000);
});
afterAll(() => vi.restoreAllMocks());

async function loadGrid(url = URL_BASE) {
  const user = userEvent.setup();
  const view = renderPage(<SubscriptionsGrid />, url);
  await user.click(await screen.findByRole("button", { name: /^Load [\d,]+ rows$/ }));
  const grid = await screen.findByRole("grid", { name: "All subscriptions" });
  await waitFor(() => expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull());
  return { ...view, user, grid };
}

const dataRows = (grid: HTMLElement) => within(grid).getAllByRole("row").slice(1);
const firstCells = (grid: HTMLElement, col: number) => dataRows(grid).slice(0, 3).map((row) => within(row).getAllByRole("gridcell")[col]?.textContent);

describe("ResourceGrid", () => {
  test("loads on request into a grid with row and column counts, keeping only a window of rows in the DOM", async () => {
    const requests = serveSubscriptions(server, subscriptionRows(3000));
    renderPage(<SubscriptionsGrid />, URL_BASE);
    expect(await screen.findByText("3,000 rows")).toBeInTheDocument();
    expect(rowRequests(requests)).toHaveLength(0);

    const { grid, container } = await loadGrid();
    expect(grid).toHaveAttribute("aria-rowcount", "3001");
    expect(grid).toHaveAttribute("aria-colcount", "6");
    const rows = within(grid).getAllByRole("row");
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(40);
    expect(rows[1]).toHaveAttribute("aria-rowindex", "2");
    expect(within(rows[1]!).getAllByRole("gridcell")[2]).toHaveAttribute("aria-colindex", "3");
    expect(container.querySelectorAll("*").length).toBeLessThan(1400);
    // Locale formatting and the null dash.
    expect(within(rows[4]!).getAllByRole("gridcell").map((cell) => cell.textContent)).toEqual(["—", "ACTIVE", "10", "Apr 13, 2026", "No", "—"]);
  });

  test("arrow keys, Home/End and PageDown move the single tab stop between cells", async () => {
    serveSubscriptions(server, subscriptionRows(3000));
    const { user, grid } = await loadGrid();
    const header = within(grid).getByRole("button", { name: "Customer" });
    header.focus();
    const active = () => (document.activeElement as HTMLElement).dataset.cell;

    await user.keyboard("{ArrowDown}");
    expect(active()).toBe("1:0");
    expect(document.activeElement).toHaveTextContent("Customer 00000");
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowDown}");
    expect(active()).toBe("2:2");
    await user.keyboard("{End}");
    expect(active()).toBe("2:5");
    await user.keyboard("{Home}{PageDown}");
    expect(active()).toBe("14:0");
    await user.keyboard("{ArrowUp}");
    expect(active()).toBe("13:0");
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  test("clicking a row opens every field, nulls included; Escape closes and returns focus", async () => {
    serveSubscriptions(server, subscriptionRows(3000));
    const { user, grid } = await loadGrid();
    await user.click(within(grid).getByText("Customer 00001"));

    const dialog = await screen.findByRole("dialog", { name: "Row 2 of 3,000" });
    const names = within(dialog).getAllByRole("term").map((term) => term.textContent);
    expect(names).toEqual(fieldEntries("subscriptions").map(([name]) => name));
    const value = (name: string) => within(dialog).getByText(name).nextElementSibling?.textContent;
    expect(value("id")).toBe("sub-1");
    expect(value("friendlyName")).toBe("null");
    expect(value("churnRisk")).toBe("null");
    expect(value("licenseCount")).toBe("37");
    expect(within(dialog).getByRole("button", { name: "Close" })).toHaveFocus();

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    await waitFor(() => expect(document.activeElement).toHaveTextContent("Customer 00001"));

    await user.keyboard("{ArrowDown}{Enter}");
    expect(await screen.findByRole("dialog", { name: "Row 3 of 3,000" })).toBeInTheDocument();
  });

  test("a header click sorts (in the browser once every row is loaded) and writes the sort to the URL", async () => {
    const requests = serveSubscriptions(server, subscriptionRows(3000));
    const { user, grid, location } = await loadGrid();
    expect(firstCells(grid, 2)).toEqual(["0", "37", "74"]);

    await user.click(within(grid).getByRole("button", { name: "Licences" }));
    await waitFor(() => expect(firstCells(grid, 2)).toEqual(["0", "0", "0"]));
    expect(location.history.at(-1)).toContain("sort=licenseCount.asc");
    expect(within(grid).getByRole("columnheader", { name: "Licences" })).toHaveAttribute("aria-sort", "ascending");

    await user.click(within(grid).getByRole("button", { name: "Licences" }));
    await waitFor(() => expect(firstCells(grid, 2)).toEqual(["100", "100", "100"]));
    expect(location.history.at(-1)).toContain("sort=licenseCount.desc");
    expect(rowRequests(requests)).toHaveLength(1);

    await user.click(within(grid).getByRole("button", { name: "Customer" }));
    await waitFor(() => expect(firstCells(grid, 0)).toEqual(["Customer 00000", "Customer 00001", "Customer 00002"]));
    expect(location.history.at(-1)).toContain("sort=customerName.asc");
  });

  test("a sort in the URL goes to the API as orderby", async () => {
    const requests = serveSubscriptions(server, subscriptionRows(300));
    const { grid } = await loadGrid(`${URL_BASE}&sort=licenseCount.desc`);
    expect(rowRequests(requests)[0]?.params.get("orderby")).toBe("licenseCount desc");
    expect(firstCells(grid, 2)[0]).toBe("100");
  });

  test("the column menu hides columns and keeps the choice in the URL", async () => {
    serveSubscriptions(server, subscriptionRows(300));
    const { user, grid, location } = await loadGrid();
    await user.click(screen.getByRole("button", { name: "Columns (6/6)" }));
    await user.click(screen.getByRole("checkbox", { name: "Status" }));
    expect(location.history.at(-1)).toContain("cols=customerName,licenseCount,creationDate,autoRenewEnabled,friendlyName");
    await waitFor(() => expect(grid).toHaveAttribute("aria-colcount", "5"));
  });

  test("column filters narrow the loaded rows and say how many are shown", async () => {
    serveSubscriptions(server, subscriptionRows(300));
    const { user, grid } = await loadGrid();
    await user.click(screen.getByRole("button", { name: "Filter rows" }));
    await user.type(screen.getByLabelText("Customer"), "customer 0001");
    // Customer 00010 to 00019, less 00010 and 00017 which have no name.
    await waitFor(() => expect(screen.getByText("8 shown · 300 rows")).toBeInTheDocument());
    expect(grid).toHaveAttribute("aria-rowcount", "9");
    await user.selectOptions(screen.getByLabelText("Auto-renew"), "Yes");
    await waitFor(() => expect(screen.getByText("4 shown · 300 rows")).toBeInTheDocument());
    expect(firstCells(grid, 0)).toEqual(["Customer 00012", "Customer 00014", "Customer 00016"]);
  });
});

describe("ResourceGrid loading", () => {
  test("a page failing mid-load keeps the rows, names the page and resumes from it", async () => {
    let failing = true;
    const requests = serveSubscriptions(server, subscriptionRows(25_000), { fail: (skip) => (failing && skip === 10_000 ? 503 : undefined) });
    const user = userEvent.setup();
    renderPage(<SubscriptionsGrid />, URL_BASE);
    await user.click(await screen.findByRole("button", { name: "Load 25,000 rows" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Page 2 (rows 10,001–20,000) failed to load");
    expect(alert).toHaveTextContent("Only 10,000 of 25,000 rows are loaded; this is not the whole result.");
    expect(alert).toHaveTextContent(`Correlation id: ${rowRequests(requests).at(-1)?.correlationId}`);
    expect(screen.getByText("10,000 of 25,000 rows loaded")).toBeInTheDocument();
    expect(screen.getByRole("grid")).toHaveAttribute("aria-rowcount", "10001");

    failing = false;
    const before = rowRequests(requests).length;
    await user.click(within(alert).getByRole("button", { name: "Resume" }));
    expect(await screen.findByText("25,000 rows")).toBeInTheDocument();
    expect(rowRequests(requests).slice(before).map(({ params }) => params.get("skip"))).toEqual(["10000", "20000"]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("Cancel stops loading, says the result is incomplete and can continue", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const requests = serveSubscriptions(server, subscriptionRows(15_000), { hold: (skip) => (skip === 10_000 ? held : undefined) });
    const user = userEvent.setup();
    renderPage(<SubscriptionsGrid />, URL_BASE);
    await user.click(await screen.findByRole("button", { name: "Load 15,000 rows" }));
    await screen.findByText("10,000 of 15,000 rows loaded");

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    release();
    expect(await screen.findByText(/Loading was cancelled after 10,000 of 15,000 rows; this is not the whole result/)).toBeInTheDocument();
    expect(rowRequests(requests)).toHaveLength(2);

    await user.click(screen.getByRole("button", { name: "Continue loading" }));
    expect(await screen.findByText("15,000 rows")).toBeInTheDocument();
  });
});
