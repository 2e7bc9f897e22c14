import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { renderPage } from "../../testing/render-page.tsx";
import { loadGrid, rowRequests, stubLayout, SubscriptionsGrid, URL_BASE } from "../../testing/grid-page.tsx";
import { serveSubscriptions, subscriptionRows } from "../../testing/grid-server.ts";
import { setupTestServer } from "../../testing/msw.ts";

const server = setupTestServer();
stubLayout();

describe("ResourceGrid loading", () => {
  test("a page failing mid-load keeps the rows, names the page and resumes from it", async () => {
    let failing = true;
    const requests = serveSubscriptions(server, subscriptionRows(25_000), {
      fail: (skip) => (failing && skip === 10_000 ? 503 : undefined),
    });
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
    expect(
      rowRequests(requests)
        .slice(before)
        .map(({ params }) => params.get("skip")),
    ).toEqual(["10000", "20000"]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("an empty page mid-load ends the load with what happened, and Load again starts over", async () => {
    let broken = true;
    const requests = serveSubscriptions(server, subscriptionRows(25_000), {
      misbehave: (skip) => (broken && skip === 10_000 ? { count: 0 } : undefined),
    });
    const user = userEvent.setup();
    renderPage(<SubscriptionsGrid />, URL_BASE);
    await user.click(await screen.findByRole("button", { name: "Load 25,000 rows" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Page 2 (rows 10,001–20,000) does not continue the pages before it: Partner Center sent 0 rows on page 2",
    );
    expect(alert).toHaveTextContent("Only 10,000 of 25,000 rows are loaded; this is not the whole result.");
    // Resuming would build on pages that do not fit together: the only way on is a fresh read.
    expect(within(alert).queryByRole("button", { name: "Resume" })).toBeNull();

    broken = false;
    const before = rowRequests(requests).length;
    await user.click(within(alert).getByRole("button", { name: "Load again" }));
    expect(await screen.findByText("25,000 rows")).toBeInTheDocument();
    expect(
      rowRequests(requests)
        .slice(before)
        .map(({ params }) => params.get("skip")),
    ).toEqual([null, "10000", "20000"]);
  });

  test("Cancel stops loading, says the result is incomplete and can continue", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const requests = serveSubscriptions(server, subscriptionRows(15_000), {
      hold: (skip) => (skip === 10_000 ? held : undefined),
    });
    const user = userEvent.setup();
    renderPage(<SubscriptionsGrid />, URL_BASE);
    await user.click(await screen.findByRole("button", { name: "Load 15,000 rows" }));
    await screen.findByText("10,000 of 15,000 rows loaded");

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    release();
    expect(
      await screen.findByText(
        /Loading was cancelled after 10,000 of 15,000 rows; this is not the whole result/,
      ),
    ).toBeInTheDocument();
    expect(rowRequests(requests)).toHaveLength(2);

    await user.click(screen.getByRole("button", { name: "Continue loading" }));
    expect(await screen.findByText("15,000 rows")).toBeInTheDocument();
  });

  test("once loaded, the grid follows the page's filter; clearing a browser-applied sort reloads the API's order", async () => {
    const requests = serveSubscriptions(server, subscriptionRows(300));
    const { user, grid, location } = await loadGrid();
    await user.click(within(grid).getByRole("button", { name: "Licences" }));
    expect(rowRequests(requests)).toHaveLength(1);

    act(() => location.navigate(`${URL_BASE}&status=ACTIVE&sort=licenseCount.asc`));
    await waitFor(() => expect(rowRequests(requests)).toHaveLength(2));
    expect(rowRequests(requests)[1]?.params.get("filter")).toContain("status eq 'ACTIVE'");
    expect(rowRequests(requests)[1]?.params.get("orderby")).toBe("licenseCount asc");
    await screen.findByText("300 rows");

    act(() => location.navigate(`${URL_BASE}&status=ACTIVE`));
    await waitFor(() => expect(rowRequests(requests)).toHaveLength(3));
    expect(rowRequests(requests)[2]?.params.get("orderby")).toBeNull();
  });
});
