import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRange, RANGE_PRESETS, resolveRange } from "./date-range.ts";
import {
  DEFAULT_VIEW,
  formatViewSearch,
  parseViewSearch,
  sharedSearch,
  defineFilters,
  flag,
  list,
  text,
  type ViewState,
} from "./view-state.ts";

const schema = {
  filters: defineFilters({
    status: list("Status", ["ACTIVE", "SUSPENDED", "DEPROVISIONED"]),
    meterUnit: list("Unit"),
    customerName: text("Customer"),
    autoRenewEnabled: flag("Auto-renew"),
  }),
  columns: ["id", "customerName", "status"],
};

describe("URL → view state", () => {
  it("reads every kind of filter, with commas inside values kept encoded", () => {
    const { state, rejected } = parseViewSearch(
      "range=2026-01-01..2026-03-31&compare=year&grain=week&status=ACTIVE,SUSPENDED&meterUnit=10%2C000s,1+Hour&customerName=O%27Brien+%26+S%C3%B6hne&autoRenewEnabled=false&sort=status.desc&cols=status,id",
      schema,
    );
    expect(rejected).toEqual([]);
    expect(state).toEqual({
      range: { from: "2026-01-01", to: "2026-03-31" },
      compare: "year",
      grain: "week",
      filters: {
        status: ["ACTIVE", "SUSPENDED"],
        meterUnit: ["10,000s", "1 Hour"],
        customerName: "O'Brien & Söhne",
        autoRenewEnabled: false,
      },
      sort: { column: "status", desc: true },
      cols: ["status", "id"],
    });
  });

  it("falls back to defaults and names every ignored parameter", () => {
    const { state, rejected } = parseViewSearch(
      "range=last-forever&compare=maybe&status=ACTIVE,GONE&foo=1&range=last-month&sort=password.asc&customerMarket=US",
      schema,
    );
    expect(state).toEqual(DEFAULT_VIEW);
    expect(rejected.map((r) => r.param)).toEqual(["range", "compare", "status", "foo", "range", "sort"]);
    expect(rejected[2]!.reason).toContain("ACTIVE, SUSPENDED, DEPROVISIONED");
  });
});

const value = fc.string({
  unit: fc.constantFrom("a", "Z", " ", ",", "'", "%", "&", "#", "+", "=", "ü", "株", "😀", "\n", "\u0000"),
  minLength: 1,
  maxLength: 12,
});
const printable = value
  .map((s) => s.replaceAll("\n", "x").replaceAll("\u0000", "x").trim())
  .filter((s) => s.length > 0);
const viewState: fc.Arbitrary<ViewState<typeof schema.filters>> = fc.record({
  range: fc.oneof(
    fc
      .constantFrom(...(Object.keys(RANGE_PRESETS) as (keyof typeof RANGE_PRESETS)[]))
      .map((preset) => ({ preset })),
    fc.date({ min: new Date("2020-01-01"), max: new Date("2026-12-31"), noInvalidDate: true }).chain((from) =>
      fc.integer({ min: 0, max: 900 }).map((days) => ({
        from: from.toISOString().slice(0, 10),
        to: new Date(from.getTime() + days * 864e5).toISOString().slice(0, 10),
      })),
    ),
  ),
  compare: fc.constantFrom("none" as const, "previous" as const, "year" as const),
  grain: fc.constantFrom("auto" as const, "day" as const, "week" as const, "month" as const),
  filters: fc.record(
    {
      status: fc.uniqueArray(
        fc.constantFrom("ACTIVE" as const, "SUSPENDED" as const, "DEPROVISIONED" as const),
        {
          minLength: 1,
        },
      ),
      meterUnit: fc.uniqueArray(printable, { minLength: 1, maxLength: 4 }),
      customerName: printable,
      autoRenewEnabled: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
});

describe("view state ⇄ URL", () => {
  it("view state → URL → view state is the identity, and the URL is stable", () => {
    fc.assert(
      fc.property(viewState, (view) => {
        const search = formatViewSearch(view, schema);
        const { state, rejected } = parseViewSearch(search, schema);
        expect(rejected).toEqual([]);
        expect(state).toEqual(view);
        expect(formatViewSearch(state, schema)).toBe(search);
      }),
      { numRuns: 500 },
    );
  });

  it("any query string, however hostile, gives a valid state and a notice naming what was dropped", () => {
    const names = fc.constantFrom(
      "range",
      "compare",
      "grain",
      "status",
      "meterUnit",
      "customerName",
      "autoRenewEnabled",
      "sort",
      "cols",
      "x",
      "%E0%A4%A",
      "__proto__",
      "constructor",
    );
    // Object.prototype's names as values too: `range=constructor` once passed as a preset and blanked every page.
    const inherited = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf"];
    const raw = fc.oneof(
      value.map(encodeURIComponent),
      value,
      fc.constantFrom(
        "last-month",
        "2026-01-01..2026-02-01",
        "ACTIVE",
        "true",
        "%",
        "%zz",
        "%E0%A4%A",
        ...inherited,
      ),
    );
    const query = fc
      .array(fc.tuple(names, raw), { maxLength: 8 })
      .map((pairs) => pairs.map(([n, v]) => `${n}=${v}`).join("&"));
    fc.assert(
      fc.property(fc.oneof(query, fc.string({ maxLength: 60 })), (search) => {
        const { state, rejected } = parseViewSearch(search, schema);
        expect(
          parseRange("preset" in state.range ? state.range.preset : `${state.range.from}..${state.range.to}`),
        ).not.toBeNull();
        if ("preset" in state.range) expect(Object.keys(RANGE_PRESETS)).toContain(state.range.preset);
        expect(resolveRange(state.range, "2026-11-30").from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(["none", "previous", "year"]).toContain(state.compare);
        expect(["auto", "day", "week", "month"]).toContain(state.grain);
        expect(Object.getPrototypeOf(state.filters)).toBe(Object.prototype);
        // Whatever was read is written back; the rest is in the notice.
        const kept = parseViewSearch(formatViewSearch(state, schema), schema);
        expect(kept.rejected).toEqual([]);
        expect(kept.state).toEqual(state);
        // A leading "?" is the query marker, not a parameter.
        const given = new Set(
          search
            .replace(/^\?/, "")
            .split("&")
            .filter(Boolean)
            .map((p) => p.split("=")[0]!),
        );
        const written = new Set(
          formatViewSearch(state, schema)
            .split("&")
            .map((p) => p.split("=")[0]!),
        );
        for (const name of given) {
          let decoded: string;
          try {
            decoded = decodeURIComponent(name.replace(/\+/g, " "));
          } catch {
            decoded = name;
          }
          if (!written.has(decoded))
            expect(
              rejected.some(
                (r) => r.param === decoded || r.param.replace(/\?/g, "") !== r.param || r.value === "",
              ),
              `${name} in ${search}`,
            ).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("switching pages keeps only the shared part of the view", () => {
    expect(sharedSearch("range=last-month&compare=year&status=ACTIVE&customerMarket=US,DE&grain=week")).toBe(
      "range=last-month&compare=year&grain=week&customerMarket=US,DE",
    );
  });
});
