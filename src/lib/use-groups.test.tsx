import { onlineManager, type QueryClient } from "@tanstack/react-query";
import { createQueryClient } from "../api/query-client.ts";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { delay, http, HttpResponse } from "msw";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import type { GroupedQuery } from "../api/query.ts";
import { mockApiServer, TEST_BASE_URL } from "../testing/mock-api.ts";
import { renderPage } from "../testing/render-page.tsx";
import { dateRangeFilter } from "./api-filters.ts";
import { resolveRange, todayUtc, type DayRange } from "./date-range.ts";
import { useGroup, usePeriods } from "./use-groups.ts";

const server = mockApiServer();
afterEach(() => onlineManager.setOnline(true));

const today = todayUtc();
// Lengths far apart, so the two ranges cannot have the same count.
const SHORT = resolveRange({ preset: "last-30-days" }, today);
const LONG = resolveRange({ preset: "last-12-months" }, today);
const created = (range: DayRange): GroupedQuery<"subscriptions"> => ({
  groupby: ["status"],
  filter: dateRangeFilter("subscriptions", "creationDate", range),
});
const count = (rows: readonly { subscriptionCount?: number | null }[] | undefined) =>
  rows?.reduce((n, row) => n + (row.subscriptionCount ?? 0), 0);

/** What a card would show from each shared hook: its number, its skeleton or its error. */
function Probe() {
  const [range, setRange] = useState(SHORT);
  const group = useGroup("subscriptions", created(range))!;
  const [period] = usePeriods("subscriptions", created, range, null);
  const shown = (error: unknown, pending: boolean, value: number | undefined) =>
    error ? "error" : pending ? "pending" : String(value);
  return (
    <>
      <button type="button" onClick={() => setRange(LONG)}>
        Change range
      </button>
      <p data-testid="group">{shown(group.error, group.isPending, count(group.data?.rows))}</p>
      <p data-testid="period">{shown(period!.error, period!.isPending, count(period!.data?.rows))}</p>
    </>
  );
}

const shown = () => [screen.getByTestId("group").textContent, screen.getByTestId("period").textContent];

/** Renders the probe on the short range and returns the number both hooks show for it. */
async function loaded(queryClient?: QueryClient): Promise<string> {
  renderPage(<Probe />, "/", queryClient);
  await waitFor(() => expect(shown()[0]).toMatch(/^\d+$/), { timeout: 15_000 });
  const [value] = shown();
  expect(shown()).toEqual([value, value]);
  return value!;
}

const changeRange = () => userEvent.click(screen.getByRole("button", { name: "Change range" }));

describe("the previous range's data on a range change (useGroup, usePeriods)", () => {
  it("stays on screen while the new range is being fetched", async () => {
    const before = await loaded();
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.get(`${TEST_BASE_URL}/partner/v1/analytics/subscriptions`, async () => {
        await held;
        return undefined;
      }),
    );
    await changeRange();
    expect(shown()).toEqual([before, before]);
    answer();
    await waitFor(() => expect(shown()[0]).not.toBe(before));
    expect(shown()[0]).toMatch(/^\d+$/);
    expect(shown()[1]).toBe(shown()[0]);
  });

  it("gives way to the error once the new range's query has failed", async () => {
    const before = await loaded();
    server.use(
      http.get(`${TEST_BASE_URL}/partner/v1/analytics/subscriptions`, () =>
        HttpResponse.json(
          { code: "500", description: "Injected failure", data: [], source: "test" },
          { status: 500 },
        ),
      ),
    );
    await changeRange();
    await waitFor(() => expect(shown()).toEqual(["error", "error"]));
    expect(shown()).not.toContain(before);
  });

  it("is not shown while the new range's query is paused (offline), and the new data comes once online", async () => {
    // The app runs its queries in networkMode "always", so they fail rather than pause offline; with React
    // Query's default "online" a new query pauses instead, with no error to show, and only this rule keeps the
    // old number off the screen. The rule holds for both.
    const online = createQueryClient();
    online.setDefaultOptions({ queries: { ...online.getDefaultOptions().queries, networkMode: "online" } });
    const before = await loaded(online);
    act(() => onlineManager.setOnline(false));
    await changeRange();
    await waitFor(() => expect(shown()).toEqual(["pending", "pending"]));
    await delay(100);
    expect(shown()).toEqual(["pending", "pending"]);
    act(() => onlineManager.setOnline(true));
    await waitFor(() => expect(shown()[0]).toMatch(/^\d+$/), { timeout: 15_000 });
    expect(shown()[0]).not.toBe(before);
    expect(shown()[1]).toBe(shown()[0]);
  });
});
