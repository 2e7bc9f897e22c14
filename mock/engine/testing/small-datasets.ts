import { datasetFromRows } from "../../dataset/dataset-from-rows.ts";
import type { Dataset } from "../../dataset/generate-dataset.ts";
import type { ResourceName } from "../resources.ts";
import { runQuery, type AnalyticsPage, type EngineOptions } from "../run-query.ts";

/**
 * Six hand-made rows, mapped onto each resource's fields, so one set of expectations (in row ids) holds
 * for every resource. Days: Mon 5 Jan, Tue 6 Jan, Sun 11 Jan, Mon 12 Jan, Sun 1 Feb, Mon 2 Feb 2026.
 */
export interface AbstractRow {
  readonly n: number;
  readonly a: string | null;
  readonly b: string;
  readonly day: string;
  readonly flag: boolean;
}

const ABSTRACT_ROWS: readonly AbstractRow[] = [
  { n: 1, a: "Alpha", b: "x", day: "2026-01-05", flag: true },
  { n: 2, a: "beta", b: "y", day: "2026-01-06", flag: false },
  { n: 3, a: "Gamma's", b: "x", day: "2026-01-11", flag: true },
  { n: 4, a: "ALPHA", b: "y", day: "2026-01-12", flag: false },
  { n: 5, a: "delta", b: "x", day: "2026-02-01", flag: true },
  { n: 6, a: null, b: "z", day: "2026-02-02", flag: false },
];

export interface Fixture {
  readonly resource: ResourceName;
  /** Field names playing the roles of id, a, b and day on this resource. */
  readonly id: string;
  readonly a: string;
  readonly b: string;
  readonly date: string;
  readonly idOf: (n: number) => string;
  readonly row: (row: AbstractRow) => Record<string, unknown>;
  /** A measure of this resource and its expected value over the rows with these numbers. */
  readonly measure: string;
  readonly expected: (ns: readonly number[]) => number | string;
  /** The wire form of midnight on an ISO day for this resource ("…T00:00:00", or the date alone for search). */
  readonly wireDay: (day: string) => string;
}

const sum = (ns: readonly number[]) => ns.reduce((total, n) => total + n * 10, 0);
const dateTime = (day: string) => `${day}T00:00:00`;

export const FIXTURES: readonly Fixture[] = [
  {
    resource: "usage/azure",
    id: "subscriptionId",
    a: "meterCategory",
    b: "resourceLocation",
    date: "usageDate",
    idOf: (n) => `sub-${n}`,
    row: (r) => ({
      subscriptionId: `sub-${r.n}`,
      meterCategory: r.a,
      resourceLocation: r.b,
      usageDate: r.day,
      quantity: r.n * 10,
    }),
    measure: "quantity",
    expected: sum,
    wireDay: dateTime,
  },
  {
    resource: "indirectresellers",
    id: "id",
    a: "name",
    b: "market",
    date: "firstSubscriptionCreationDate",
    idOf: (n) => String(1000 + n),
    row: (r) => ({
      id: String(1000 + r.n),
      name: r.a,
      market: r.b,
      firstSubscriptionCreationDate: r.day,
      subscriptionCount: r.n,
      licenseCount: r.n * 10,
    }),
    measure: "licenseCount",
    expected: sum,
    wireDay: dateTime,
  },
  {
    resource: "subscriptions",
    id: "id",
    a: "productName",
    b: "customerMarket",
    date: "creationDate",
    idOf: (n) => `S-${n}`,
    row: (r) => ({
      id: `S-${r.n}`,
      productName: r.a,
      customerMarket: r.b,
      creationDate: r.day,
      licenseCount: r.n * 10,
    }),
    measure: "licenseCount",
    expected: (ns) => String(sum(ns)),
    wireDay: dateTime,
  },
  {
    resource: "search",
    id: "keywordSearchText",
    a: "companyName",
    b: "partnerMarket",
    date: "searchDate",
    idOf: (n) => `keyword ${n}`,
    row: (r) => ({
      keywordSearchText: `keyword ${r.n}`,
      companyName: r.a,
      partnerMarket: r.b,
      searchDate: r.day,
      detailsViewed: r.flag,
    }),
    measure: "searchResultPageViews",
    expected: (ns) => ns.length,
    wireDay: (day) => day,
  },
  {
    resource: "referrals",
    id: "id",
    a: "customerName",
    b: "customerMarket",
    date: "createdDate",
    idOf: (n) => String(112300 + n),
    row: (r) => ({ id: String(112300 + r.n), customerName: r.a, customerMarket: r.b, createdDate: r.day }),
    measure: "referralCount",
    expected: (ns) => ns.length,
    wireDay: dateTime,
  },
];

export const TODAY = new Date("2026-03-01T00:00:00Z");

function fixtureDataset(fixture: Fixture): Dataset {
  return datasetFromRows({ [fixture.resource]: ABSTRACT_ROWS.map(fixture.row) }, TODAY);
}

export type Params = string | Record<string, string> | [string, string][];

export function query(fixture: Fixture, params: Params, options?: EngineOptions): AnalyticsPage {
  return runQuery(fixtureDataset(fixture), fixture.resource, new URLSearchParams(params), options);
}

/** The abstract row numbers of a raw page, in page order. */
export function rowNumbers(fixture: Fixture, page: AnalyticsPage): number[] {
  return page.Value.map((row) => ABSTRACT_ROWS.find((r) => fixture.idOf(r.n) === row[fixture.id])?.n ?? -1);
}

/** Numbers of the rows a filter keeps, in storage order. */
export function filtered(fixture: Fixture, filter: string, options?: EngineOptions): number[] {
  return rowNumbers(fixture, query(fixture, { filter }, options));
}

/** Runs a query over a dataset holding just these rows of one resource. */
export function queryRows(
  resource: ResourceName,
  rows: readonly Record<string, unknown>[],
  params: Params,
  options?: EngineOptions,
): AnalyticsPage {
  return runQuery(
    datasetFromRows({ [resource]: rows }, TODAY),
    resource,
    new URLSearchParams(params),
    options,
  );
}
