import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CardGrid } from "./card-grid.tsx";

let broken = true;
function Flaky() {
  if (broken) throw new Error("rows[0] is undefined");
  return <section aria-label="Flaky card">Now it works</section>;
}

describe("CardGrid", () => {
  afterEach(() => vi.restoreAllMocks());

  it("shows a card's render error in that card only, and the other cards keep working", async () => {
    // React reports errors its boundaries catch on the console; that noise is expected here.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    broken = true;
    render(
      <CardGrid columns={2}>
        <section aria-label="Healthy card">12,345 subscriptions</section>
        <Flaky />
        <section aria-label="Another card">Top products</section>
      </CardGrid>,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("This card could not be shown.");
    expect(alert).toHaveTextContent("rows[0] is undefined");
    expect(screen.getByRole("region", { name: "Healthy card" })).toHaveTextContent("12,345 subscriptions");
    expect(screen.getByRole("region", { name: "Another card" })).toBeVisible();
    // The failed card sits where the card was: second of three.
    expect([...alert.parentElement!.children].indexOf(alert)).toBe(1);

    broken = false;
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(screen.getByRole("region", { name: "Flaky card" })).toHaveTextContent("Now it works");
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
