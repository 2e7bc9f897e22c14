import { describe, expect, it } from "vitest";
import { FIXTURES, query } from "./testing/small-datasets.ts";

describe.each(FIXTURES)("groupby on $resource", (fx) => {
  const { date, b, measure, expected, wireDay } = fx;
  const bucket = (day: string, ns: number[]) => ({ [date]: wireDay(day), [measure]: expected(ns) });
  const pick = (page: { Value: Record<string, unknown>[] }) =>
    page.Value.map((row) => ({ [date]: row[date], [measure]: row[measure] }));

  it("buckets weeks starting on Monday, labelled by their first day", () => {
    const page = query(fx, { groupby: date, aggregationLevel: "week" });
    expect(pick(page)).toEqual([
      bucket("2026-01-05", [1, 2, 3]),
      bucket("2026-01-12", [4]),
      bucket("2026-01-26", [5]),
      bucket("2026-02-02", [6]),
    ]);
    expect(page.TotalCount).toBe(4);
  });

  it("starts weeks on Sunday when asked to", () => {
    const page = query(fx, { groupby: date, aggregationLevel: "WEEK" }, { weekStartsOn: 0 });
    expect(pick(page)).toEqual([
      bucket("2026-01-04", [1, 2]),
      bucket("2026-01-11", [3, 4]),
      bucket("2026-02-01", [5, 6]),
    ]);
  });

  it("buckets months, labelled by their first day", () => {
    const page = query(fx, { groupby: date, aggregationLevel: "month" });
    expect(pick(page)).toEqual([bucket("2026-01-01", [1, 2, 3, 4]), bucket("2026-02-01", [5, 6])]);
  });

  it("returns only the groupby fields and the measures, in ascending key order", () => {
    const page = query(fx, `groupby=${b},${date}&aggregationLevel=month`);
    const measures = Object.keys(page.Value[0] ?? {}).slice(2);
    expect(page.Value.map((row) => Object.keys(row).slice(0, 2))).toEqual(Array(4).fill([b, date]));
    expect(measures).toContain(measure);
    expect(page.Value.map((row) => [row[b], row[date], row[measure]])).toEqual([
      ["x", wireDay("2026-01-01"), expected([1, 3])],
      ["x", wireDay("2026-02-01"), expected([5])],
      ["y", wireDay("2026-01-01"), expected([2, 4])],
      ["z", wireDay("2026-02-01"), expected([6])],
    ]);
  });

  it("groups after filtering", () => {
    const page = query(fx, { filter: `${b} ne 'x'`, groupby: b });
    expect(page.Value.map((row) => [row[b], row[measure]])).toEqual([
      ["y", expected([2, 4])],
      ["z", expected([6])],
    ]);
  });

  it("answers an empty match with no groups", () => {
    const page = query(fx, { filter: `${b} eq 'nowhere'`, groupby: `${b},${date}` });
    expect(page).toEqual({ Value: [], "@nextLink": null, TotalCount: 0 });
  });

  it("orders groups by a measure, ties keeping key order", () => {
    const page = query(fx, { groupby: b, orderby: `${measure} desc` });
    const groups = [
      ["x", expected([1, 3, 5])],
      ["y", expected([2, 4])],
      ["z", expected([6])],
    ] as const;
    const sorted = [...groups].sort((p, q) => Number(q[1]) - Number(p[1]));
    expect(page.Value.map((row) => [row[b], row[measure]])).toEqual(sorted);
  });

  it("orders groups by a groupby field descending", () => {
    const page = query(fx, { groupby: b, orderby: `${b} desc` });
    expect(page.Value.map((row) => row[b])).toEqual(["z", "y", "x"]);
  });
});
