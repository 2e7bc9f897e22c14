import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { fieldEntries } from "../../api/resources.ts";
import { renderPage } from "../../testing/render-page.tsx";
import {
  firstCells,
  loadGrid,
  rowRequests,
  stubLayout,
  SubscriptionsGrid,
  URL_BASE,
} from "../../testing/grid-page.tsx";
import { serveSubscriptions, subscriptionRows } from "../../testing/grid-server.ts";
import { setupTestServer } from "../../testing/msw.ts";

const server = setupTestServer();

stubLayout();

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
    expect(
      within(rows[4]!)
        .getAllByRole("gridcell")
        .map((cell) => cell.textContent),
    ).toEqual(["—", "ACTIVE", "10", "Apr 13, 2026", "No", "—"]);
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
    const names = within(dialog)
      .getAllByRole("term")
      .map((term) => term.textContent);
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
    expect(within(grid).getByRole("columnheader", { name: "Licences" })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );

    await user.click(within(grid).getByRole("button", { name: "Licences" }));
    await waitFor(() => expect(firstCells(grid, 2)).toEqual(["100", "100", "100"]));
    expect(location.history.at(-1)).toContain("sort=licenseCount.desc");
    expect(rowRequests(requests)).toHaveLength(1);

    await user.click(within(grid).getByRole("button", { name: "Customer" }));
    await waitFor(() =>
      expect(firstCells(grid, 0)).toEqual(["Customer 00000", "Customer 00001", "Customer 00002"]),
    );
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
    expect(location.history.at(-1)).toContain(
      "cols=customerName,licenseCount,creationDate,autoRenewEnabled,friendlyName",
    );
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
