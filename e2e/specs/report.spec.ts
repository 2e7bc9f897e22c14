import type { Page } from "@playwright/test";
import { DEMO_TENANT_ID } from "../../mock/idp/dev-idp.ts";
import { monthRange, shiftMonth } from "../../src/features/report/report-params.ts";
import { waitForReport } from "../../scripts/print-report.ts";
import { expect, openSignedIn, test } from "../fixtures.ts";
import { DEMO_TODAY, formatted, OVERVIEW_EXPECTATIONS } from "../support/expected.ts";
import { colouredIn, pageFill, pdfPixels } from "../support/pdf-pixels.ts";
import { pdfPages, pdfTextPlaces, type PlacedText } from "../support/pdf-text.ts";
import {
  expectedChanges,
  expectedMovers,
  expectedRenewals,
  unitsByCategories,
} from "../support/report-expected.ts";

// The tests share no state and change nothing on the server: in parallel, they spread over both workers.
test.describe.configure({ mode: "parallel" });

const MONTH = shiftMonth(DEMO_TODAY.slice(0, 7), -1);
const RANGE = monthRange(MONTH);
const PREVIOUS = monthRange(shiftMonth(MONTH, -1));
const NEXT = monthRange(shiftMonth(MONTH, 1));
const MONTH_NAME = new Date(`${MONTH}-01T00:00:00Z`).toLocaleString("en-US", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
// Printable width in CSS px (96 dpi): paper width minus the report's 14 mm side margins.
const PAPER = { A4: (210 - 28) * (96 / 25.4), Letter: 8.5 * 96 - 28 * (96 / 25.4) } as const;
const DPI = 50;
const MM = DPI / 25.4;
const round2 = (n: number) => Math.round(n * 100) / 100;

interface ChartArea {
  title: string;
  /** The text the chart is found by on paper (its caption, or its row's label), and its first line's font size. */
  anchor: string;
  fontSize: number;
  /** The plot area (or the whole drawing) relative to the anchor's top-left, in CSS px. */
  dx: number;
  dy: number;
  width: number;
  height: number;
}

/** Every chart of the report with where its marks must be, measured from its caption in the laid-out page. */
async function chartAreas(page: Page): Promise<ChartArea[]> {
  return page.locator("[data-report-chart]").evaluateAll((charts) =>
    charts.map((chart) => {
      const anchor =
        chart.querySelector("figcaption") ??
        chart.closest("tr")?.querySelector("th") ??
        chart.parentElement!.parentElement!.querySelector("h3")!;
      const plot = chart.querySelector(".recharts-cartesian-grid") ?? chart.querySelector("svg, ol") ?? chart;
      const a = anchor.getBoundingClientRect();
      const p = plot.getBoundingClientRect();
      return {
        title: chart.getAttribute("data-report-chart")!,
        anchor: (anchor.textContent ?? "").replace(/\s+/g, " ").trim(),
        fontSize: parseFloat(getComputedStyle(anchor).fontSize),
        dx: p.left - a.left,
        dy: p.top - a.top,
        width: p.width,
        height: p.height,
      };
    }),
  );
}

/**
 * The text run that starts the anchor: the whole anchor, or its first line when it wraps, then followed by the
 * anchor's next words ("Profile views" in a table is not the first line of "Profile views, contact clicks, …").
 */
function findAnchor(places: readonly PlacedText[], area: ChartArea): PlacedText | undefined {
  const clean = (text: string) => text.replace(/\s+/g, " ").trim();
  return places.find((place, i) => {
    const text = clean(place.text);
    if (text === area.anchor) return true;
    if (!area.anchor.startsWith(text) || text.length < 8) return false;
    const next = places[i + 1];
    const rest = area.anchor.slice(text.length).trim();
    return next?.page === place.page && rest.startsWith(clean(next.text).slice(0, 8));
  });
}

for (const format of ["A4", "Letter"] as const) {
  test(`the monthly report prints on ${format}: every chart drawn, pages filled, the mock's numbers`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openSignedIn(page, `/report?month=${MONTH}`);
    await waitForReport(page);
    await page.emulateMedia({ media: "print", colorScheme: "light" });
    for (const kpi of OVERVIEW_EXPECTATIONS) {
      await expect(page.locator(`[data-kpi="${kpi.label}"] [data-kpi-value]`), kpi.label).toHaveText(
        formatted(kpi.value(RANGE)),
      );
    }
    // The cover names the tenant of the sign-in.
    await expect(page.getByTestId("tenant")).toHaveText(DEMO_TENANT_ID);
    // Stacked bars carry their colour's texture, so segments stay apart in greyscale print.
    const fills = await page
      .locator("[data-report-chart] .recharts-bar-rectangle path")
      .evaluateAll((paths) =>
        paths.map((path) => {
          const id = /^url\(#(.+)\)$/.exec(path.getAttribute("fill") ?? "")?.[1];
          return id ? (document.getElementById(id)?.tagName ?? "missing") : path.getAttribute("fill");
        }),
      );
    expect(fills.filter((fill) => fill === "pattern").length, "bars drawn with a texture").toBeGreaterThan(0);
    expect(fills, "every texture a bar refers to exists").not.toContain("missing");
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
    const areas = await chartAreas(page);
    // Nine sparklines; net adds and trials; three usage units; the referral funnel; search; new resellers.
    expect(areas.length).toBe(9 + 2 + 3 + 1 + 1 + 1);

    const pdf = await page.pdf({ format, printBackground: true });
    const pages = await pdfPages(pdf);
    const places = await pdfTextPlaces(pdf);
    const pixels = pdfPixels(pdf, DPI);
    // Each chart area on paper holds drawn marks in series colours (an axis-only chart, caught mid-animation or
    // fed no series, has none inside its plot area).
    const marks = areas.map((area) => {
      const at = findAnchor(places, area);
      expect(at, `the caption "${area.anchor}" of chart "${area.title}" on paper`).toBeDefined();
      const image = pixels[at!.page]!;
      const scale = image.width / at!.pageWidth; // image pixels per point
      const px = 0.75 * scale; // image pixels per CSS px
      const top = at!.y - 0.8 * area.fontSize * 0.75; // the anchor's top, from its baseline
      const rect = {
        left: at!.x * scale + area.dx * px,
        top: top * scale + area.dy * px,
        width: area.width * px,
        height: area.height * px,
      };
      return {
        title: area.title,
        page: at!.page + 1,
        coloured: colouredIn(image, rect),
        area: rect.width * rect.height,
      };
    });
    console.log(
      `chart marks (${format}): ${marks.map((m) => `${m.title} p${m.page}: ${m.coloured}`).join("; ")}`,
    );
    for (const m of marks)
      expect(m.coloured, `coloured pixels in the chart area of "${m.title}"`).toBeGreaterThan(
        Math.max(10, m.area * 0.005),
      );
    // The measure can fail: the data notes, a text-only area as large as a chart, hold no marks.
    const notes = places.find((p) => p.text.trim() === "Data notes")!;
    const notesImage = pixels[notes.page]!;
    const s = notesImage.width / notes.pageWidth;
    expect(
      colouredIn(notesImage, { left: notes.x * s, top: notes.y * s, width: 300, height: 100 }),
    ).toBeLessThan(10);

    // Dense: no page but the last less than about half filled.
    const fill = pixels.map((p) => pageFill(p, { top: 16 * MM, bottom: 18 * MM }));
    console.log(
      `${format}: ${pages.length} pages, filled ${fill.map((f) => `${Math.round(f * 100)}%`).join(", ")}`,
    );
    fill.slice(0, -1).forEach((f, i) => expect(f, `fill of page ${i + 1}`).toBeGreaterThan(0.5));

    const text = pages.join("\n");
    expect(text).toContain(MONTH_NAME);
    expect(pages[0]).toContain(`Tenant ${DEMO_TENANT_ID}`);
    // The executive summary stays on one page: its header printed once, every measure on the header's page.
    const summaryPages = pages.flatMap((p, i) => (p.includes("vs same month last year") ? [i] : []));
    expect(summaryPages, "pages holding the executive summary's header").toHaveLength(1);
    for (const kpi of OVERVIEW_EXPECTATIONS)
      expect(pages[summaryPages[0]!], `${kpi.label} beside the summary's header`).toContain(
        `${kpi.label} ${formatted(kpi.value(RANGE))}`,
      );
    expect(text).toContain("Contoso Partner (demo)");
    for (const kpi of OVERVIEW_EXPECTATIONS)
      expect(text, kpi.label).toContain(`${kpi.label} ${formatted(kpi.value(RANGE))}`);
    pages.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(p).toContain(MONTH_NAME);
    });
  });
}

// One sign-in and one load of the report for both: each check reads the page as loaded and changes nothing.
test("the report's numbers equal the mock's raw rows of the month: the executive summary's 13 months (one query per measure), What changed, the top movers and the renewals list", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Azure subscriptions with usage is a distinct count: once one query per month, now one grouped by month.
  const distinctQueries: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (
      url.pathname.endsWith("/usage/azure") &&
      /subscriptionId/i.test(url.searchParams.get("groupby") ?? "")
    )
      distinctQueries.push(url.search);
  });
  await openSignedIn(page, `/report?month=${MONTH}`);
  await waitForReport(page);
  await test.step("the executive summary's 13 months, one query per measure", async () => {
    await expectSummary(page, MONTH);
    expect(distinctQueries, "queries counting Azure subscriptions with usage").toHaveLength(1);
  });
  await test.step("What changed, the top movers and the renewals list", () =>
    expectChangesMoversRenewals(page));
});

/**
 * A month of the last three that some measure had no records for a year earlier (the demo keeps 13 whole months of
 * usage), so the "none then" cell is checked on every day, not only on days when the default month has one.
 */
const NO_BASE_MONTH = [0, -1, -2]
  .map((shift) => shiftMonth(MONTH, shift))
  .find((month) =>
    OVERVIEW_EXPECTATIONS.some(
      (kpi) => kpi.value(monthRange(shiftMonth(month, -12))) === 0 && kpi.value(monthRange(month)) !== 0,
    ),
  );

test("a measure with no records in the compared month says so instead of a delta from nothing", async ({
  page,
}) => {
  expect(NO_BASE_MONTH, "a recent month whose year-ago month has no records for some measure").toBeDefined();
  await openSignedIn(page, `/report?month=${NO_BASE_MONTH}`);
  await waitForReport(page);
  await expectSummary(page, NO_BASE_MONTH!);
});

/** The executive summary of `month` against the mock's raw rows: 13 months per measure, and each comparison cell. */
async function expectSummary(page: Page, month: string) {
  const months = Array.from({ length: 13 }, (_, i) => monthRange(shiftMonth(month, i - 12)));
  for (const kpi of OVERVIEW_EXPECTATIONS) {
    const row = page.locator(`[data-kpi="${kpi.label}"]`);
    const values = months.map((m) => kpi.value(m));
    const shown = await row.getAttribute("data-kpi-months");
    expect(shown?.split(",").map(Number), kpi.label).toEqual(values);
    // Against the month before and the same month a year before: a delta, or "none then" where that month
    // returned no records (a delta from nothing would read as growth).
    const current = values[12]!;
    for (const [column, base] of [
      [1, values[11]!],
      [2, values[0]!],
    ] as const) {
      const cell = row.locator("td").nth(column);
      if (base === 0 && current !== 0) await expect(cell, kpi.label).toHaveText("none then");
      else {
        const delta = current - base;
        await expect(cell, kpi.label).toContainText(`${delta > 0 ? "▲" : delta < 0 ? "▼" : "■"} `);
        await expect(cell, kpi.label).toContainText(formatted(Math.abs(delta)));
      }
    }
  }
}

/** What changed, the top movers and the renewals list against the mock's raw rows of the month. */
async function expectChangesMoversRenewals(page: Page) {
  const unit = await page.locator("[data-movers-unit]").getAttribute("data-movers-unit");
  const units = unitsByCategories(RANGE);
  // The unit the most meter categories use (ties: any of them).
  expect(units.filter((u) => u.categories === units[0]!.categories).map((u) => u.unit)).toContain(unit);

  const sentences = page.locator("[data-change]");
  const count = await sentences.count();
  expect(count).toBeGreaterThanOrEqual(4);
  expect(count).toBeLessThanOrEqual(8);
  for (const change of expectedChanges(RANGE, PREVIOUS, unit!)) {
    const li = page.locator(`[data-change="${change.key}"]`);
    await expect(li, change.key).toHaveCount(1);
    const attr = async (name: string) => Number(await li.getAttribute(name));
    expect(await attr("data-current"), `${change.key} this month`).toBeCloseTo(change.current, 2);
    expect(await attr("data-previous"), `${change.key} the month before`).toBeCloseTo(change.previous, 2);
    expect(await li.getAttribute("data-contributor"), `${change.key}: who moved most`).toBe(
      change.contributor?.name ?? null,
    );
    if (change.contributor)
      expect(await attr("data-contributor-delta")).toBeCloseTo(change.contributor.delta, 2);
    if (Number.isInteger(change.current)) {
      const delta = change.current - change.previous;
      await expect(li).toContainText(formatted(change.current));
      if (delta) await expect(li).toContainText(`by ${formatted(Math.abs(delta))}`);
      if (change.contributor) await expect(li).toContainText(change.contributor.name);
    }
  }

  const movers = expectedMovers(RANGE, PREVIOUS, unit!);
  for (const [id, list] of [
    ["movers-up", movers.up],
    ["movers-down", movers.down],
  ] as const) {
    const rows = await page
      .locator(`[data-testid="${id}"] tbody tr`)
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? "")));
    expect(
      rows.map((r) => [r[0], r[2]]),
      id,
    ).toEqual(list.map((m) => [m.customer, round2(m.current).toLocaleString("en-US")]));
  }

  const renewals = expectedRenewals(NEXT);
  expect(renewals.length, "the demo month has renewals with auto-renew off").toBeGreaterThan(0);
  const shown = await page
    .locator('[data-testid="renewals-off"] tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? "")));
  expect(shown).toEqual(
    renewals.slice(0, 12).map((r) => [r.customer, formatted(r.subscriptions), formatted(r.licences)]),
  );
  const rest = renewals.slice(12);
  if (rest.length)
    await expect(page.getByText(`And ${rest.length} more customers with `)).toContainText(
      `${rest.reduce((s, r) => s + r.subscriptions, 0)} subscriptions`,
    );
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
  for (const kpi of OVERVIEW_EXPECTATIONS.slice(0, 4))
    expect(pages.join(" "), kpi.label).toContain(`${kpi.label} ${formatted(kpi.value(RANGE))}`);
});
