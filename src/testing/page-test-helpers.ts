import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import type { SetupServer } from "msw/node";
import { expect } from "vitest";
import { TEST_BASE_URL } from "./mock-api.ts";

// Shared by the page tests: reading what a user sees, and breaking one query.

export const LOAD = { timeout: 30_000 };
const DAY_MS = 86_400_000;

export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A raw API date (zone-less UTC text) inside a range of whole days; plain text comparison, like a reader would. */
export function inDays(date: unknown, range: { from: string; to: string }): boolean {
  return (
    typeof date === "string" && date >= `${range.from}T00:00:00` && date < `${addDays(range.to, 1)}T00:00:00`
  );
}

/** The card with that heading (its table alternative is a scrolling region of the same name). */
export function card(title: string): HTMLElement {
  return screen.getByRole("heading", { name: title, level: 2 }).closest("section")!;
}

/** A card's table alternative, switched on with its "View as table" button once the card has data. */
export async function cardTable(title: string): Promise<HTMLElement> {
  const region = (await screen.findByRole("heading", { name: title, level: 2 }, LOAD)).closest("section")!;
  const toggle = await within(region).findByRole("button", { name: /^View as (table|chart)$/ }, LOAD);
  if (toggle.getAttribute("aria-pressed") !== "true") fireEvent.click(toggle);
  return within(region).findByRole("table", { name: title }, LOAD);
}

/** The cells of a table, header row first. */
export const cellsOf = (table: HTMLElement): string[][] =>
  within(table)
    .getAllByRole("row")
    .map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent ?? ""));

/** The cells of a card's table alternative, header row first; the card is switched back to its chart after. */
export async function tableCells(title: string): Promise<string[][]> {
  const cells = cellsOf(await cardTable(title));
  fireEvent.click(within(card(title)).getByRole("button", { name: "View as chart" }));
  return cells;
}

/** The data rows of a card's table alternative (no header row). */
export async function tableRows(title: string): Promise<string[][]> {
  return (await tableCells(title)).slice(1);
}

/** The big number of a KPI tile (without its unit) once it has loaded. */
export async function kpiValue(label: string): Promise<string> {
  const tile = screen.getByRole("heading", { name: label, level: 3 }).closest("[data-kpi]") as HTMLElement;
  await waitFor(() => expect(tile.querySelector("[data-kpi-value]")).not.toBeNull(), LOAD);
  return tile.querySelector("[data-kpi-value]")?.firstChild?.textContent ?? "";
}

export function kpiText(label: string): string {
  return screen.getByRole("heading", { name: label, level: 3 }).closest("[data-kpi]")?.textContent ?? "";
}

/** Every request of `resource` grouped exactly by `groupby` fails with a 500; the others reach the mock engine. */
export function failGroupby(server: SetupServer, resource: string, groupby: string) {
  server.use(
    http.get(`${TEST_BASE_URL}/partner/v1/analytics/${resource}`, ({ request }) => {
      if (new URL(request.url).searchParams.get("groupby") !== groupby) return undefined;
      return HttpResponse.json(
        { code: "500", description: "Injected failure", data: [], source: "test" },
        { status: 500 },
      );
    }),
  );
}

/** Counts per key, as a plain object, for comparing with a table. */
export function countBy<T>(
  items: readonly T[],
  key: (item: T) => string,
  weight: (item: T) => number = () => 1,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + weight(item);
  return out;
}
