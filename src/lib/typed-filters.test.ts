import { describe, expect, expectTypeOf, it } from "vitest";
import { parseReportParams } from "../features/report/report-params.ts";
import { viewFilter } from "./api-filters.ts";
import { withFilterValues } from "./view-filters.ts";
import {
  DEFAULT_VIEW,
  defineFilters,
  flag,
  list,
  notSent,
  parseViewSearch,
  text,
  type Filters,
  type ViewState,
} from "./view-state.ts";

// The types follow from one declaration; `tsc --noEmit` checks the @ts-expect-error lines (an unused one fails it).

const STATUSES = ["ACTIVE", "SUSPENDED", "DEPROVISIONED"] as const;
const filters = defineFilters({
  status: list("Status", STATUSES),
  productName: list("Product"),
  autoRenewEnabled: flag("Auto-renew"),
  customerName: text("Customer name"),
});
const schema = { filters };
type View = ViewState<typeof filters>;

describe("typed URL filters", () => {
  it("types each filter from its declaration", () => {
    const { state } = parseViewSearch("status=ACTIVE&autoRenewEnabled=false&customerName=Contoso", schema);
    expectTypeOf(state.filters.status).toEqualTypeOf<readonly (typeof STATUSES)[number][] | undefined>();
    expectTypeOf(state.filters.productName).toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf(state.filters.autoRenewEnabled).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(state.filters.customerName).toEqualTypeOf<string | undefined>();
    expect(state.filters).toEqual({ status: ["ACTIVE"], autoRenewEnabled: false, customerName: "Contoso" });
  });

  it("refuses a value of the wrong type and a parameter the page does not declare", () => {
    // @ts-expect-error a closed list takes only its values
    const wrongValue: Filters<typeof filters> = { status: ["GONE"] };
    // @ts-expect-error a flag is a boolean, not the text of one
    const wrongKind: Filters<typeof filters> = { autoRenewEnabled: "true" };
    // @ts-expect-error the page has no meterUnit filter
    const unknown: Filters<typeof filters> = { meterUnit: ["1 Hour"] };
    const view: View = { ...DEFAULT_VIEW, filters: {} };
    // @ts-expect-error withFilterValues writes list filters only
    withFilterValues(view, "customerName", ["Contoso"]);
    expect([wrongValue, wrongKind, unknown]).toHaveLength(3);
  });

  it("sends a schema only when every key is a field of the resource with a matching kind", () => {
    const view: View = {
      ...DEFAULT_VIEW,
      filters: { status: ["ACTIVE", "SUSPENDED"], autoRenewEnabled: true, customerName: "O'Brien" },
    };
    expect(viewFilter("subscriptions", filters, view.filters)?.expression).toBe(
      "(status eq 'ACTIVE' or status eq 'SUSPENDED') and autoRenewEnabled eq true and contains(customerName,'O''Brien')",
    );
    // @ts-expect-error subscriptions have no meterUnit
    viewFilter("subscriptions", defineFilters({ meterUnit: list("Unit") }), {});
    // @ts-expect-error customerName is text on subscriptions, not a flag
    viewFilter("subscriptions", defineFilters({ customerName: flag("Customer") }), {});
    // @ts-expect-error contains needs a text field; autoRenewEnabled is boolean
    viewFilter("subscriptions", defineFilters({ autoRenewEnabled: text("Auto-renew") }), {});
    // @ts-expect-error the filters must be the schema's
    viewFilter("subscriptions", filters, { status: "ACTIVE" });
  });

  it("keeps a notSent parameter in the URL without sending it", () => {
    const usage = defineFilters({
      meterUnit: list("Unit"),
      customerMarket: notSent(list("Customer market")),
    });
    const { state } = parseViewSearch("customerMarket=US&meterUnit=1+Hour", { filters: usage });
    expect(state.filters.customerMarket).toEqual(["US"]);
    expect(viewFilter("usage/azure", usage, state.filters)?.expression).toBe("meterUnit eq '1 Hour'");
  });

  it("reads the report's link with the pages' parser: the same notices for the same faults", () => {
    const today = "2026-11-30";
    const report = parseReportParams(
      "month=2026-10&month=2026-09&customerMarket=us,de&range=last-month&x=1",
      today,
    );
    expect(report).toEqual({
      month: "2026-10",
      markets: ["US", "DE"],
      rejected: [
        { param: "month", value: "2026-09", reason: "appears more than once; the first one is used" },
        { param: "x", value: "1", reason: "is not a setting of the monthly report" },
      ],
    });
    const page = parseViewSearch("status=%E0%A4%A", schema).rejected;
    expect(parseReportParams("month=%E0%A4%A", today).rejected).toEqual(
      page.map((r) => ({ ...r, param: "month" })),
    );
    expect(parseReportParams("customerMarket=USA", today).rejected[0]?.reason).toBe(
      "must list two-letter market codes, e.g. US,DE",
    );
  });
});
