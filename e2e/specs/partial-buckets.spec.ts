import { resolveRange } from "../../src/lib/date-range.ts";
import { formatBucket } from "../../src/lib/format.ts";
import { expect, openSignedIn, test } from "../fixtures.ts";
import { DEMO_TODAY } from "../support/expected.ts";

// The oracle: Monday is day 1 of 7 by the platform's weekday, not by the app's bucket code.
const weekday = (day: string) => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
const mondayOf = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - (weekday(day) - 1) * 86_400_000).toISOString().slice(0, 10);

test("a week the range cuts is drawn faded, named under the chart and said to be partial in the tooltip", async ({
  page,
}) => {
  // "Last 90 days" by week cuts its first week, its last or both, on whichever day the run is (90 = 12 × 7 + 6).
  const range = resolveRange({ preset: "last-90-days" }, DEMO_TODAY);
  const cut = [
    { monday: mondayOf(range.from), days: 8 - weekday(range.from), last: false },
    { monday: mondayOf(range.to), days: weekday(range.to), last: true },
  ].filter((week) => week.days < 7);
  expect(cut.length).toBeGreaterThan(0);
  const note = `Partial, drawn faded: ${cut.map((w) => `${formatBucket(w.monday, "week")} (${w.days} of 7 days)`).join(" and ")}.`;

  await openSignedIn(page, "/subscriptions?range=last-90-days&grain=week");
  // A stacked bar chart and a line chart: each marks the cut weeks its own way, with one veil per week.
  for (const title of ["New subscriptions by status", "New versus deprovisioned"]) {
    const card = page.locator("section", { has: page.getByRole("heading", { level: 2, name: title }) });
    await expect(card.locator("[data-partial-note]"), title).toHaveText(note, { timeout: 45_000 });
    await expect(card.locator(".partial-bucket"), title).toHaveCount(cut.length);
    const week = cut.at(-1)!;
    const veil = card.locator(".partial-bucket path").last();
    await veil.scrollIntoViewIfNeeded();
    const box = (await veil.boundingBox())!;
    // The veil reaches the cut week from its whole neighbour: the cut week is at the veil's outer edge.
    const x = week.last ? box.x + box.width - 2 : box.x + 2;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(x, box.y + box.height / 2, { steps: 4 });
    await expect(card.locator(".recharts-tooltip-wrapper"), title).toContainText(
      `${formatBucket(week.monday, "week")}, partial: ${week.days} of 7 days`,
    );
  }
});
