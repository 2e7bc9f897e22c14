import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { formatNumber } from "../../lib/format.ts";
import { mockApiServer } from "../../testing/mock-api.ts";
import { renderPage } from "../../testing/render-page.tsx";
import { stubLayout, SubscriptionsGrid } from "../../testing/grid-page.tsx";

mockApiServer();
stubLayout();

test(
  "against the mock engine: exactly the rows of the page's filter, in the order the URL asks the API for",
  { timeout: 30_000 },
  async () => {
    const user = userEvent.setup();
    renderPage(
      <SubscriptionsGrid />,
      "/subscriptions?range=last-12-months&status=ACTIVE&sort=creationDate.desc",
    );
    // The first answer waits for the demo dataset to be generated.
    const load = await screen.findByRole("button", { name: /^Load [\d,]+ rows$/ }, { timeout: 15_000 });
    const total = Number(load.textContent!.replace(/\D/g, ""));
    expect(total).toBeGreaterThan(100);
    await user.click(load);

    const grid = await screen.findByRole("grid", { name: "All subscriptions" });
    expect(
      await screen.findByText(`${formatNumber(total)} rows`, undefined, { timeout: 5_000 }),
    ).toBeInTheDocument();
    expect(grid).toHaveAttribute("aria-rowcount", String(total + 1));
    const shown = within(grid).getAllByRole("row").slice(1, 6);
    const cells = shown.map((row) =>
      within(row)
        .getAllByRole("gridcell")
        .map((cell) => cell.textContent ?? ""),
    );
    expect(cells.map((row) => row[1])).toEqual(Array(5).fill("ACTIVE"));
    // Created, "Oct 28, 2026" (and a time after a second comma, if any): newest first.
    const days = cells.map((row) => Date.parse(row[3]!.split(",").slice(0, 2).join(",")));
    expect(days.every((day, i) => Number.isFinite(day) && (i === 0 || day <= days[i - 1]!))).toBe(true);
  },
);
