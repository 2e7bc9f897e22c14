// What the grid benchmark does in the page: load every row, click a header, scroll, export.
import type { Page } from "@playwright/test";
import { interactionAfter, pollUntil } from "./page-probes.ts";

/** The grid element, which is also its own scroll container. */
export const GRID = `document.querySelector('[role=grid]')`;

export async function loadAllRows(page: Page): Promise<{ rows: number; ms: number }> {
  const button = page.getByRole("button", { name: /^Load (the first )?[\d,]+ rows$/ });
  await button.waitFor({ timeout: 60_000 });
  const rows = Number(((await button.textContent()) ?? "").replace(/\D/g, ""));
  const start = performance.now();
  await button.click();
  // All rows are in when the grid counts them all (aria-rowcount includes the header) and no progress bar is left.
  await pollUntil(
    page,
    `${GRID} && Number(${GRID}.getAttribute("aria-rowcount")) === ${rows + 1} && !document.querySelector('progress[aria-label="Rows loaded"]')`,
    { timeoutMs: 180_000, intervalMs: 100 },
  );
  return { rows, ms: performance.now() - start };
}

export async function sortClick(page: Page, column: string): Promise<number> {
  const header = page.getByRole("columnheader", { name: column, exact: true });
  const since = (await page.evaluate("window.__bench.events = [], performance.now()")) as number;
  await header.getByRole("button").click();
  await pollUntil(
    page,
    `document.querySelector('[role=columnheader][aria-sort="ascending"]')?.textContent.includes(${JSON.stringify(column)})`,
  );
  // Event Timing entries are delivered after the next paint; a sort under 16 ms leaves none at all.
  await pollUntil(
    page,
    `window.__bench.events.some((e) => e.start >= ${since - 1}) || performance.now() - ${since} > 1500`,
  );
  return (await interactionAfter(page, since)).duration ?? 16;
}

/**
 * One pass from the first row to the last in `frames` animation frames, like dragging the scrollbar thumb down
 * in a few seconds: every frame shows rows that were not in the DOM before, the grid's worst case. Returns each
 * frame's duration (rAF to rAF), whatever the frame spent it on.
 */
export async function scrollPass(
  page: Page,
  frames: number,
): Promise<{ durations: number[]; reachedEnd: boolean }> {
  await page.evaluate(`${GRID}.scrollTop = 0`);
  await page.waitForTimeout(300);
  return page.evaluate(`new Promise((resolve) => {
    const grid = ${GRID};
    const end = grid.scrollHeight - grid.clientHeight;
    const durations = [];
    let frame = 0, last = null;
    const step = (now) => {
      if (last !== null) durations.push(now - last);
      last = now;
      if (frame > ${frames}) {
        const rows = [...grid.querySelectorAll('[role=row][aria-rowindex]')].map((r) => Number(r.getAttribute("aria-rowindex")));
        return resolve({ durations, reachedEnd: Math.max(...rows) === Number(grid.getAttribute("aria-rowcount")) });
      }
      grid.scrollTop = Math.round((end * frame) / ${frames});
      frame++;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  })`) as Promise<{ durations: number[]; reachedEnd: boolean }>;
}

export async function exportAll(page: Page): Promise<number> {
  const downloaded = page.waitForEvent("download", { timeout: 120_000 });
  const start = performance.now();
  await page.getByRole("button", { name: "Export CSV" }).click();
  const download = await downloaded;
  const ms = performance.now() - start;
  await download.delete();
  return ms;
}
