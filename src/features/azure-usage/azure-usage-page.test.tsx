import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { rawRows } from "../../../mock/dataset/generate-dataset.ts";
import { formatBucket, formatDay, formatNumber } from "../../lib/format.ts";
import { http, HttpResponse } from "msw";
import { runQuery } from "../../../mock/engine/run-query.ts";
import { mockApiServer, TEST_BASE_URL, testDataset } from "../../testing/mock-api.ts";
import { renderPage } from "../../testing/render-page.tsx";
import {
  addDays,
  card,
  countBy,
  failGroupby,
  inDays,
  kpiText,
  kpiValue,
  LOAD,
  tableCells,
} from "../../testing/page-test-helpers.ts";
import { AzureUsagePage } from "./azure-usage-page.tsx";

interface Usage {
  usageDate: string;
  customerName: string;
  meterCategory: string;
  meterSubcategory: string;
  meterUnit: string;
  resourceLocation: string;
  quantity: number;
}

const server = mockApiServer();

// Expected numbers are summed by hand from the raw rows, never across units.
const all = [...rawRows(testDataset(), "usage/azure")] as unknown as Usage[];
const now = new Date();
const monthStart = (offset: number) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 10);
const months = (first: number, count: number) => ({
  from: monthStart(first),
  to: addDays(monthStart(first + count), -1),
});
const quantity = (rows: Usage[]) => rows.reduce((sum, r) => sum + r.quantity, 0);
const categories = (rows: Usage[]) => new Set(rows.map((r) => r.meterCategory)).size;

describe("AzureUsagePage", () => {
  it("shows one unit's totals, trend and top customers equal to sums over the raw rows", async () => {
    renderPage(<AzureUsagePage />, "/azure-usage?range=last-3-months&compare=previous&grain=day");
    const range = months(-3, 3);
    const inRange = all.filter((r) => inDays(r.usageDate, range));
    // The default unit is the one the most meter categories are measured in.
    const perUnit = Object.entries(countBy(inRange, (r) => `${r.meterUnit}|${r.meterCategory}`)).map(
      ([key]) => key.split("|")[0]!,
    );
    const ranked = Object.entries(countBy(perUnit, (u) => u)).sort((a, b) => b[1] - a[1]);
    expect(ranked[0]![1]).toBeGreaterThan(ranked[1]![1]);
    const unit = ranked[0]![0];
    await waitFor(() => expect(screen.getByLabelText("Unit shown")).toHaveValue(unit), LOAD);

    const rows = inRange.filter((r) => r.meterUnit === unit);
    const previous = all.filter((r) => inDays(r.usageDate, months(-6, 3)) && r.meterUnit === unit);
    expect(await kpiValue("Total usage")).toBe(formatNumber(quantity(rows)));
    expect(kpiText("Total usage")).toContain(`: ${formatNumber(quantity(previous))}`);
    expect(await kpiValue("Meter categories with usage")).toBe(formatNumber(categories(rows)));

    const [header, ...body] = await tableCells("Usage by meter category");
    const names = header!.slice(1, -1);
    expect([...names].sort()).toEqual([...new Set(rows.map((r) => r.meterCategory))].sort());
    const perDay = countBy(
      rows,
      (r) => `${r.usageDate.slice(0, 10)}|${r.meterCategory}`,
      (r) => r.quantity,
    );
    body.forEach((row, i) => {
      const day = addDays(range.from, i);
      expect(row[0]).toBe(formatBucket(day, "day"));
      names.forEach((name, c) => expect(row[c + 1]).toBe(formatNumber(perDay[`${day}|${name}`] ?? 0)));
    });

    const customers = countBy(
      rows,
      (r) => r.customerName,
      (r) => r.quantity,
    );
    const [customerHeader, ...top] = await tableCells(`Top customers (${unit})`);
    expect(customerHeader).toEqual(["Customer", `Quantity (${unit})`]);
    expect(top.map((row) => row[1])).toEqual(
      Object.values(customers)
        .sort((a, b) => b - a)
        .slice(0, 10)
        .map(formatNumber),
    );
    top.forEach(([name, value]) => expect(value).toBe(formatNumber(customers[name!]!)));
  }, 60_000);

  it("applies a filtered URL: a unit with a comma, a category split by subcategory, a location", async () => {
    renderPage(
      <AzureUsagePage />,
      "/azure-usage?range=last-6-months&compare=none&meterUnit=10%2C000s&meterCategory=Storage&resourceLocation=useast,westeurope",
    );
    const rows = all.filter(
      (r) =>
        inDays(r.usageDate, months(-6, 6)) &&
        r.meterUnit === "10,000s" &&
        r.meterCategory === "Storage" &&
        ["useast", "westeurope"].includes(r.resourceLocation),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(await kpiValue("Total usage")).toBe(formatNumber(quantity(rows)));
    const trend = await tableCells("Usage by subcategory of Storage");
    expect(trend[0]).toEqual(["Period", ...new Set(rows.map((r) => r.meterSubcategory)), "Total"]);
    const totalColumn = trend.slice(1).reduce((sum, row) => sum + Number(row.at(-1)!.replace(/\D/g, "")), 0);
    expect(totalColumn).toBe(quantity(rows));
    const locations = await tableCells("Usage by location (10,000s)");
    expect(Object.fromEntries(locations.slice(1))).toEqual(
      Object.fromEntries(
        Object.entries(
          countBy(
            rows,
            (r) => r.resourceLocation,
            (r) => r.quantity,
          ),
        ).map(([k, v]) => [k, formatNumber(v)]),
      ),
    );
  }, 60_000);

  it("drills into a category and switches the unit through the URL", async () => {
    const { location } = renderPage(
      <AzureUsagePage />,
      "/azure-usage?range=last-3-months&compare=none&meterUnit=1+Hour",
    );
    const group = await within(card("Usage by meter category")).findByRole(
      "group",
      { name: "Show subcategories of" },
      LOAD,
    );
    await userEvent.click(within(group).getByRole("button", { name: "Virtual Machines" }));
    expect(location.history?.at(-1)).toContain("meterCategory=Virtual+Machines");
    expect(
      await screen.findByRole("region", { name: "Usage by subcategory of Virtual Machines" }, LOAD),
    ).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText("Unit shown"), "1 GB");
    expect(location.history?.at(-1)).toContain("meterUnit=1+GB");
  }, 60_000);

  it("shows a failing query's error on its card only", async () => {
    failGroupby(server, "usage/azure", "resourceLocation,meterUnit");
    renderPage(<AzureUsagePage />, "/azure-usage?range=last-month&compare=previous");
    const location = await screen.findByRole("region", { name: "Usage by location (1 Hour)" }, LOAD);
    const alert = await within(location).findByRole("alert", {}, LOAD);
    expect(alert).toHaveTextContent(/Correlation id/);
    await tableCells("Top customers (1 Hour)");
    for (const title of ["Usage by meter category", "Top customers (1 Hour)", "Top subscriptions (1 Hour)"]) {
      expect(within(card(title)).queryByRole("alert")).toBeNull();
    }
  }, 60_000);

  it("says why the cards are empty when nothing was used", async () => {
    renderPage(<AzureUsagePage />, "/azure-usage?range=last-month&customerName=no-such-customer");
    const range = months(-1, 1);
    const text = `No Azure usage was recorded between ${formatDay(range.from)} and ${formatDay(range.to)} with the current filters.`;
    expect(await within(card("Usage by meter category")).findByText(text, {}, LOAD)).toBeInTheDocument();
    expect(within(card("Top customers")).getByText(text)).toBeInTheDocument();
    expect(await kpiValue("Total usage")).toBe(formatNumber(0));
  }, 60_000);
  it("adds only the unit shown when the upstream ignores the unit filter, and says other units came back", async () => {
    // A gateway that drops `meterUnit eq …` from the filter: every unit comes back in one answer.
    server.use(
      http.get(`${TEST_BASE_URL}/partner/v1/analytics/usage/azure`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        const filter = params.get("filter") ?? "";
        params.set("filter", filter.replace(/meterUnit eq '(?:[^']|'')*' and /, ""));
        expect(params.get("filter")).not.toContain("meterUnit");
        return HttpResponse.json(runQuery(testDataset(), "usage/azure", params));
      }),
    );
    renderPage(<AzureUsagePage />, "/azure-usage?range=last-month&compare=none&meterUnit=1+Hour");
    const range = months(-1, 1);
    const inRange = all.filter((r) => inDays(r.usageDate, range));
    const hours = inRange.filter((r) => r.meterUnit === "1 Hour");
    expect(quantity(hours)).toBeLessThan(quantity(inRange));
    expect(await kpiValue("Total usage")).toBe(formatNumber(quantity(hours)));
    const others = [...new Set(inRange.map((r) => r.meterUnit))].filter((u) => u !== "1 Hour");
    const note = await screen.findByText(/Partner Center also returned usage in/, { selector: "p" }, LOAD);
    expect(others.length).toBeGreaterThan(0);
    for (const unit of others) expect(note).toHaveTextContent(unit);
    expect(note).toHaveTextContent("counts 1 Hour only");
    const customers = countBy(
      hours,
      (r) => r.customerName,
      (r) => r.quantity,
    );
    const [, ...top] = await tableCells("Top customers (1 Hour)");
    top.forEach(([name, value]) => expect(value).toBe(formatNumber(customers[name!]!)));
    expect(within(card("Top customers (1 Hour)")).getByText(/also returned usage in/)).toBeInTheDocument();
  }, 60_000);
});
