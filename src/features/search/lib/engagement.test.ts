import { describe, expect, test } from "vitest";
import { engagementFunnel, funnelTable, measureSeries, totals, trendTable } from "./engagement.ts";

const rows = [
  {
    searchDate: "2026-09-07T00:00:00.000Z",
    searchResultPageViews: 100,
    profileViews: 15,
    contactClicks: 4,
    referralCount: 1,
  },
  {
    searchDate: "2026-09-21T00:00:00.000Z",
    searchResultPageViews: 50,
    profileViews: 5,
    contactClicks: 0,
    referralCount: null,
  },
];

test("totals add each measure over the groups", () => {
  expect(totals(rows)).toEqual({
    searchResultPageViews: 150,
    profileViews: 20,
    contactClicks: 4,
    referralCount: 1,
  });
});

test("the funnel runs page views → profile views → contact clicks → referrals, with rates in its table", () => {
  const steps = engagementFunnel(totals(rows));
  expect(steps.map((s) => [s.label, s.value])).toEqual([
    ["Search result page views", 150],
    ["Profile views", 20],
    ["Contact clicks", 4],
    ["Referrals", 1],
  ]);
  expect(funnelTable(steps).rows).toEqual([
    ["Search result page views", 150, null],
    ["Profile views", 20, "13.3%"],
    ["Contact clicks", 4, "20%"],
    ["Referrals", 1, "25%"],
  ]);
  expect(funnelTable(engagementFunnel(totals([]))).rows[1]).toEqual(["Profile views", 0, "—"]);
});

describe("measureSeries and trendTable", () => {
  const series = measureSeries(rows, { from: "2026-09-01", to: "2026-09-21" }, "week");

  test("every bucket of the range, zeros where no group came back", () => {
    expect(series.buckets).toEqual(["2026-08-31", "2026-09-07", "2026-09-14", "2026-09-21"]);
    expect(series.values.searchResultPageViews).toEqual([0, 100, 0, 50]);
    expect(series.values.referralCount).toEqual([0, 1, 0, 0]);
  });

  test("the table puts compared buckets beside the current ones", () => {
    const before = measureSeries([], { from: "2026-08-03", to: "2026-08-16" }, "week");
    const table = trendTable(series, before, "week");
    expect(table.columns).toHaveLength(10);
    expect(table.rows[1]).toEqual(["2026-09-07", 100, 15, 4, 1, "2026-08-10", 0, 0, 0, 0]);
    expect(table.rows[3]!.slice(5)).toEqual([null, null, null, null, null]);
    expect(table.formatCell!("2026-08-03", 5)).toBe("Week of Aug 3, 2026");
    expect(trendTable(series, null, "week").columns).toEqual([
      "Period",
      "Search result page views",
      "Profile views",
      "Contact clicks",
      "Referrals",
    ]);
  });
});
