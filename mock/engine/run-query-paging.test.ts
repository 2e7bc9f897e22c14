import { describe, expect, it } from "vitest";
import { FIXTURES, query, rowNumbers } from "./testing/small-datasets.ts";

describe.each(FIXTURES)("orderby and paging on $resource", (fx) => {
  const { a, b, date, resource } = fx;
  const numbers = (params: Record<string, string> | string) => rowNumbers(fx, query(fx, params));

  it("keeps storage order without orderby", () => {
    expect(numbers({})).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("orders strings case-insensitively with nulls first, and reverses for desc", () => {
    expect(numbers({ orderby: a })).toEqual([6, 4, 1, 2, 5, 3]);
    expect(numbers({ orderby: `${a} ASC` })).toEqual([6, 4, 1, 2, 5, 3]);
    expect(numbers({ orderby: `${a} desc` })).toEqual([3, 5, 2, 1, 4, 6]);
  });

  it("orders by several keys, ties falling through to the next", () => {
    expect(numbers({ orderby: `${b} asc, ${date} desc` })).toEqual([5, 3, 1, 4, 2, 6]);
    expect(numbers({ orderby: `${date} desc` })).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it("pages with top and skip, reporting the whole query's TotalCount", () => {
    const first = query(fx, [["top", "2"]]);
    expect(rowNumbers(fx, first)).toEqual([1, 2]);
    expect(first.TotalCount).toBe(6);
    expect(first["@nextLink"]).toBe(`${resource}?top=2&skip=2`);
    const middle = query(fx, [
      ["top", "2"],
      ["skip", "2"],
    ]);
    expect(rowNumbers(fx, middle)).toEqual([3, 4]);
    expect(middle["@nextLink"]).toBe(`${resource}?top=2&skip=4`);
    const last = query(fx, [
      ["top", "2"],
      ["skip", "4"],
    ]);
    expect(rowNumbers(fx, last)).toEqual([5, 6]);
    expect(last["@nextLink"]).toBeNull();
  });

  it("returns an empty page past the end", () => {
    expect(query(fx, { skip: "6" })).toEqual({ Value: [], "@nextLink": null, TotalCount: 6 });
    expect(query(fx, { skip: "600", top: "1" })).toEqual({ Value: [], "@nextLink": null, TotalCount: 6 });
  });

  it("applies orderby before paging", () => {
    expect(numbers({ orderby: `${date} desc`, top: "2", skip: "1" })).toEqual([5, 4]);
  });

  it("repeats every original parameter, in order and percent-encoded, in @nextLink", () => {
    const page = query(fx, [
      ["SKIP", "0"],
      ["filter", `${a} ne 'a b&c'`],
      ["unknownParam", "kept"],
      ["top", "1"],
    ]);
    const filter = encodeURIComponent(`${a} ne 'a b&c'`);
    expect(page["@nextLink"]).toBe(`${resource}?SKIP=1&filter=${filter}&unknownParam=kept&top=1`);
  });

  it("pages groups and counts groups in TotalCount", () => {
    const page = query(fx, [
      ["groupby", `${b},${date}`],
      ["aggregationLevel", "month"],
      ["top", "3"],
    ]);
    expect(page.Value).toHaveLength(3);
    expect(page.TotalCount).toBe(4);
    expect(page["@nextLink"]).toBe(`${resource}?groupby=${b},${date}&aggregationLevel=month&top=3&skip=3`);
  });
});
