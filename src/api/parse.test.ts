import { describe, expect, test } from "vitest";
import { PartnerCenterError } from "./errors.ts";
import { parsePage } from "./parse.ts";
import type { ResourceName } from "./resources.ts";
import type { RowShape } from "./schemas.ts";

const ids = { correlationId: "c", requestId: "r" };
const parse = <R extends ResourceName, S extends RowShape>(resource: R, shape: S, body: unknown) =>
  parsePage(resource, shape, JSON.stringify(body), ids);

const invalid = (resource: ResourceName, body: string): PartnerCenterError => {
  try {
    parsePage(resource, "rows", body, ids);
  } catch (error) {
    if (error instanceof PartnerCenterError) return error;
  }
  throw new Error("expected a PartnerCenterError");
};

describe("tolerance", () => {
  test("the misspelled latestSubscriptionDeprovisionedEndDate is renamed; a numeric text field becomes a string", () => {
    const rows = parse("indirectresellers", "grouped", {
      Value: [
        { latestSubscriptionDeprovisionedEndDate: "2019-01-02T03:04:05.000Z", licenseCount: "4" },
        { market: 5 },
      ],
      TotalCount: 2,
    }).rows;
    expect(rows).toEqual([
      { latestSubscriptionDeprovisionedDate: "2019-01-02T03:04:05.000Z", licenseCount: 4 },
      { market: "5" },
    ]);
  });

  test("envelope keys in any case; TotalCount as a string; unknown fields kept as received; missing fields null", () => {
    const page = parsePage(
      "referrals",
      "rows",
      JSON.stringify({ value: [{ id: 7, extra: 1 }], totalCount: "63", "@NextLink": "referrals?skip=1" }),
      ids,
    );
    expect(page.totalCount).toBe(63);
    expect(page.nextLink).toBe("referrals?skip=1");
    expect(page.rows[0]).toMatchObject({ id: "7", status: null, wonDate: null });
    expect(page.rows[0]).toHaveProperty("extra", 1);
  });

  test("dates with offsets, 7-digit fractions and Z are normalised to one format", () => {
    const dates = [
      "2018-05-27T02:00:00+02:00",
      "2018-05-27T00:00:00.1234567",
      "2018-05-27T00:00:00Z",
      "2018-05-27",
    ];
    const rows = parse("referrals", "rows", {
      Value: dates.map((createdDate) => ({ createdDate })),
      TotalCount: 4,
    }).rows;
    expect(rows.map((row) => row.createdDate)).toEqual([
      "2018-05-27T00:00:00.000Z",
      "2018-05-27T00:00:00.123Z",
      "2018-05-27T00:00:00.000Z",
      "2018-05-27T00:00:00.000Z",
    ]);
  });
});

describe("malformed bodies become invalid-response errors naming the resource and the field", () => {
  test.each([
    [
      "wrong count type",
      { Value: [{}, {}, {}, { licenseCount: "abc" }], TotalCount: 4 },
      'subscriptions: Value[3].licenseCount: expected a number, got "abc"',
    ],
    ["missing Value", { TotalCount: 0 }, "subscriptions: Value: missing"],
    [
      "Value not an array",
      { Value: {}, TotalCount: 0 },
      "subscriptions: Value: expected an array, got an object",
    ],
    [
      "row not an object",
      { Value: [1], TotalCount: 1 },
      "subscriptions: Value[0]: expected an object, got 1",
    ],
    [
      "bad date",
      { Value: [{ creationDate: "2019-02-30T00:00:00" }], TotalCount: 1 },
      'subscriptions: Value[0].creationDate: expected a date, got "2019-02-30T00:00:00"',
    ],
    [
      "bad boolean",
      { Value: [{ autoRenewEnabled: "yes" }], TotalCount: 1 },
      'subscriptions: Value[0].autoRenewEnabled: expected true or false, got "yes"',
    ],
    ["missing TotalCount", { Value: [] }, "subscriptions: TotalCount: missing"],
    [
      "negative TotalCount",
      { Value: [], TotalCount: -1 },
      "subscriptions: TotalCount: expected a whole number, got -1",
    ],
    ["not an object", [], "subscriptions: response: expected a JSON object, got an array"],
  ])("%s", (_, body, message) => {
    const error = invalid("subscriptions", JSON.stringify(body));
    expect(error.kind).toBe("invalid-response");
    expect(error.message).toBe(message);
    expect(error.correlationId).toBe("c");
  });

  test("a body that is not JSON", () => {
    expect(invalid("usage/azure", "<!DOCTYPE html><html>").message).toBe(
      'usage/azure: the response is not JSON, body starts with "<!DOCTYPE html><html>"',
    );
    expect(invalid("usage/azure", "").message).toBe("usage/azure: the response is not JSON, empty body");
  });
});
