import type { ComponentType } from "react";
import type { AnalyticsQueries } from "../api/queries.ts";
import type { ResourceName } from "../api/resources.ts";
import type { DayRange } from "./date-range.ts";
import type { GroupRow } from "./grouped-series.ts";
import { defineFilters, list, type ViewState } from "./view-state.ts";

// The contract between the monthly report (features/report) and the feature folders that fill it: each feature
// exports sections of this shape, app/ lists them in one registry, the report lays them out. Features may not
// import each other, so the shape lives here.

/** The report's markets under both names the resources use: customerMarket, and market on indirect resellers. */
export const reportFilters = defineFilters({
  customerMarket: list("Customer market"),
  market: list("Market"),
});
export type ReportView = ViewState<typeof reportFilters>;

/** The month the report covers and the periods its sections compare it with. */
export interface ReportMonth {
  /** YYYY-MM */
  month: string;
  range: DayRange;
  previous: DayRange;
  lastYear: DayRange;
  /** The 13 whole months ending with the report's month: a year of trend plus the same month a year before. */
  trend: DayRange;
  /** The month after the report's: renewals due then are the conversations to have. */
  next: DayRange;
  markets: readonly string[];
  /** The report's filters as a page view, so the features' own query factories build the report's queries. */
  view: ReportView;
}

/** One measure of the month against the month before, and the parts it is made of (products, customers, …). */
export interface Change {
  key: string;
  measure: string;
  /** The unit of a quantity (Azure usage): quantities in different units are never added or compared. */
  unit?: string;
  current: number;
  previous: number;
  /** What one part is, for the sentence: "product", "customer", "keyword", "market". */
  partKind: string;
  parts: readonly { name: string; current: number; previous: number }[];
}

type GroupedOptions = { [R in ResourceName]: ReturnType<AnalyticsQueries[R]["grouped"]> }[ResourceName];
/** The rows of each query a change source asked for, in the order it asked. */
export type QueryRows = readonly (readonly GroupRow[])[];

/**
 * Where a section's "What changed" facts come from: grouped queries, then (when the second depends on the
 * first's answer, as Azure usage's unit does) a second round, then a pure function of both answers.
 */
export interface ChangeSource {
  first: (month: ReportMonth, queries: AnalyticsQueries) => readonly GroupedOptions[];
  then?: (month: ReportMonth, queries: AnalyticsQueries, first: QueryRows) => readonly GroupedOptions[];
  changes: (first: QueryRows, then: QueryRows) => Change[];
}

export interface ReportSection {
  id: string;
  title: string;
  Body: ComponentType<{ month: ReportMonth }>;
  changes?: ChangeSource;
}
