import { monthRange, shiftMonth } from "../../src/features/report/report-params.ts";
import { waitForReport } from "../../scripts/print-report.ts";
import { expect, openSignedIn, test } from "../fixtures.ts";
import { DEMO_TODAY, formatted, OVERVIEW_EXPECTATIONS } from "../support/expected.ts";
import { colouredPixels, pdfPixels } from "../support/pdf-pixels.ts";
import { pdfPages } from "../support/pdf-text.ts";

const MONTH = shiftMonth(DEMO_TODAY.slice(0, 7), -1);
const MONTH_NAME = new Date(`${MONTH}-01T00:00:00Z`).toLocaleString("en-US", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
// Printable width in CSS px (96 dpi): paper width minus the report's 14 mm side margins.
// At 50 dpi a drawn 31-day stack measured about 9,000 pixels in series colours; the same chart with every value 0
// (axes, grid, legend, a flat line) about 850.
const CHART_PIXELS = 3000;
const PAPER = { A4: (210 - 28) * (96 / 25.4), Letter: 8.5 * 96 - 28 * (96 / 25.4) } as const;

for (const format of ["A4", "Letter"] as const) {
  test(`the monthly report prints on ${format} with the month, the partner and the mock's numbers`, async ({
    page,
  }) => {
    await openSignedIn(page, `/report?month=${MONTH}`);
    await waitForReport(page);
    await page.emulateMedia({ media: "print", colorScheme: "light" });
    const range = monthRange(MONTH);
    // On screen: the executive summary equals the numbers counted from the raw rows.
    for (const kpi of OVERVIEW_EXPECTATIONS) {
      await expect(page.locator(`[data-kpi="${kpi.label}"] [data-kpi-value]`), kpi.label).toHaveText(
        formatted(kpi.value(range)),
      );
    }
    // Nothing wider than the printable area.
    const width = PAPER[format];
    await page.setViewportSize({ width: Math.floor(width), height: 1200 });
    const tooWide = await page.evaluate(
      (limit) =>
        [...document.querySelectorAll("[data-testid=report] *")]
          .filter((el) => el.getBoundingClientRect().right > limit + 1)
          .map((el) => el.outerHTML.slice(0, 80)),
      width,
    );
    expect(tooWide).toEqual([]);

    const pdf = await page.pdf({ format, printBackground: true });
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    // The chart is drawn on paper, not just its axes: its page holds series colour, measured in pixels.
    const pixels = pdfPixels(pdf);
    const chartPage = pages.findIndex((p) => p.includes("New subscriptions per day, by type"));
    expect(chartPage).toBeGreaterThanOrEqual(0);
    const coloured = pixels.map(colouredPixels);
    console.log(`coloured pixels per page (${format}): ${coloured.join(", ")}`);
    expect(coloured[chartPage], "coloured pixels on the chart's page").toBeGreaterThan(CHART_PIXELS);
    const text = pages.join("\n");
    expect(text).toContain(MONTH_NAME);
    expect(text).toContain("Contoso Partner (demo)");
    for (const kpi of OVERVIEW_EXPECTATIONS)
      expect(text, kpi.label).toContain(`${kpi.label} ${formatted(kpi.value(range))}`);
    // Running footer with the month and page numbers on every page.
    pages.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(p).toContain(MONTH_NAME);
    });
    // A table that runs over a page break repeats its header row on the next page.
    const productRows = pages.filter((p) => /OFFICE 365|MICROSOFT 365/.test(p));
    for (const p of productRows)
      expect(p).toMatch(/Product Subscriptions Licences|Type Licences Subscriptions/);
  });
}

test("the report command writes a PDF of several pages with the same numbers", async () => {
  test.setTimeout(180_000);
  const { execFileSync } = await import("node:child_process");
  const { readFileSync, mkdtempSync } = await import("node:fs");
  const out = `${mkdtempSync("/tmp/report-")}/report.pdf`;
  execFileSync("npx", ["tsx", "scripts/report.ts", "--month", MONTH, "--out", out], {
    stdio: "pipe",
    env: { ...process.env, DEMO_SCALE: process.env.E2E_SCALE ?? "1" },
  });
  const pages = await pdfPages(readFileSync(out));
  expect(pages.length).toBeGreaterThan(1);
  const range = monthRange(MONTH);
  for (const kpi of OVERVIEW_EXPECTATIONS.slice(0, 4))
    expect(pages.join(" "), kpi.label).toContain(`${kpi.label} ${formatted(kpi.value(range))}`);
});
