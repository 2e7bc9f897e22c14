import { describe, expect, test } from "vitest";
import { EMPTY_FILTER, rowPredicate, visibleRows } from "./filter-rows.ts";
import { resolveColumn } from "./grid-columns.ts";
import { sortOrder } from "./sort-rows.ts";

const rows = [
  {
    customerName: "muller",
    licenseCount: 3,
    creationDate: "2026-08-15T00:00:00.000Z",
    autoRenewEnabled: true,
    status: "ACTIVE",
  },
  { customerName: null, licenseCount: null, creationDate: null, autoRenewEnabled: null, status: null },
  {
    customerName: "Müller",
    licenseCount: -1,
    creationDate: "2026-07-01T10:30:00.000Z",
    autoRenewEnabled: false,
    status: "SUSPENDED",
  },
  {
    customerName: "adatum",
    licenseCount: 3,
    creationDate: "2026-09-01T00:00:00.000Z",
    autoRenewEnabled: true,
    status: "ACTIVE",
  },
];
const order = (field: string, kind: "string" | "number" | "date" | "boolean", desc = false) => [
  ...sortOrder(rows, field, kind, desc),
];

describe("sortOrder", () => {
  test("text ignores case and accents; equal keys keep their loaded order; nulls go last both ways", () => {
    expect(order("customerName", "string")).toEqual([3, 0, 2, 1]);
    expect(order("customerName", "string", true)).toEqual([0, 2, 3, 1]);
  });

  test("numbers, dates and booleans sort by value", () => {
    expect(order("licenseCount", "number")).toEqual([2, 0, 3, 1]);
    expect(order("licenseCount", "number", true)).toEqual([0, 3, 2, 1]);
    expect(order("creationDate", "date", true)).toEqual([3, 0, 2, 1]);
    expect(order("autoRenewEnabled", "boolean")).toEqual([2, 0, 3, 1]);
  });
});

describe("column filters", () => {
  const columns = (
    ["customerName", "licenseCount", "creationDate", "autoRenewEnabled", "status"] as const
  ).map((field) => resolveColumn("subscriptions", { field, label: field }));
  const keep = (filters: Record<string, string>) => [
    ...(visibleRows(rows, null, rowPredicate(columns, filters)) ?? []),
  ];

  test("text contains ignoring case and accents", () => {
    expect(keep({ customerName: "MUL" })).toEqual([0, 2]);
  });

  test("numbers match a value or a comparison", () => {
    expect(keep({ licenseCount: "3" })).toEqual([0, 3]);
    expect(keep({ licenseCount: "< 0" })).toEqual([2]);
    expect(keep({ licenseCount: ">=-1" })).toEqual([0, 2, 3]);
  });

  test("dates match a prefix or compare as far as written", () => {
    expect(keep({ creationDate: "2026-08" })).toEqual([0]);
    expect(keep({ creationDate: ">=2026-08-15" })).toEqual([0, 3]);
  });

  test("closed lists and booleans match exactly, or the empty value", () => {
    expect(keep({ status: "ACTIVE", autoRenewEnabled: "true" })).toEqual([0, 3]);
    expect(keep({ status: EMPTY_FILTER })).toEqual([1]);
  });

  test("no active filter keeps the given order untouched", () => {
    expect(rowPredicate(columns, { customerName: "  " })).toBeNull();
    expect(visibleRows(rows, null, null)).toBeNull();
  });
});
