import { generateDataset, rawRows, type Dataset } from "../../mock/dataset/generate-dataset.ts";
import type { ResourceName } from "../../mock/engine/resources.ts";
import { parseScale, type Scale } from "../../mock/http/start-mock-api.ts";
import { todayUtc } from "../../src/lib/date-range.ts";

// The numbers the screen must show, computed here from the mock's raw rows (same seed and day as the demo
// server), by plain filtering and counting: independent of the engine's group-by and of the app's transforms.
const DEMO_SEED = 20260101;
/** The day of the e2e run's servers: playwright.config.ts pins DEMO_TODAY for the whole run (servers and workers). */
export const DEMO_TODAY = process.env.DEMO_TODAY || todayUtc();

export interface DemoDay {
  today: string;
  scale: Scale;
}
/** The dataset's scale on the run's main server (playwright.config.ts pins E2E_SCALE). */
export const E2E_SCALE = parseScale(process.env.E2E_SCALE || "1");
const RUN_DAY: DemoDay = { today: DEMO_TODAY, scale: E2E_SCALE };

// One dataset at a time (a calendar worker walks several days, and a million usage rows each would add up), and
// its rows materialised once per resource: every KPI expectation used to rebuild all of them, over a second for
// usage at scale 1, on a machine the browser and the server share.
let cached: { key: string; dataset: Dataset; rows: Map<ResourceName, Record<string, unknown>[]> } | undefined;

export function demoRows(
  resource: ResourceName,
  { today, scale }: DemoDay = RUN_DAY,
): Record<string, unknown>[] {
  const key = `${today}@${JSON.stringify(scale)}`;
  if (cached?.key !== key) {
    const dataset = generateDataset({ seed: DEMO_SEED, scale, today: new Date(`${today}T00:00:00Z`) });
    cached = { key, dataset, rows: new Map() };
  }
  const { rows } = cached;
  if (!rows.has(resource))
    rows.set(resource, [...rawRows(cached.dataset, resource)] as Record<string, unknown>[]);
  return rows.get(resource)!;
}

/** Is an API date (zone-less means UTC; 0001-01-01 means never) inside the inclusive day range? */
export function inDays(value: unknown, range: { from: string; to: string }): boolean {
  if (typeof value !== "string" || value.startsWith("0001-01-01")) return false;
  const day = value.slice(0, 10);
  return day >= range.from && day <= range.to;
}

/** The whole month of the latest `field` among rows that match: a range the rows are in, found from the rows. */
export function monthOfLatest(
  resource: ResourceName,
  field: string,
  match: (row: Record<string, unknown>) => boolean,
  day: DemoDay = RUN_DAY,
) {
  const days = demoRows(resource, day)
    .filter(match)
    .map((row) => String(row[field]).slice(0, 10))
    .sort();
  const latest = days.at(-1);
  if (!latest)
    throw new Error(
      `no ${resource} row matches: the demo dataset of ${day.today} lacks the rows this test needs`,
    );
  const [year, month] = latest.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return { from: `${latest.slice(0, 7)}-01`, to: last < day.today ? last : day.today };
}

export interface KpiExpectation {
  label: string;
  value: (range: { from: string; to: string }) => number;
}

/** The overview's (and the report's executive summary's) KPIs, by their labels on screen, on a demo day. */
export function overviewExpectations(day: DemoDay = RUN_DAY): KpiExpectation[] {
  type Range = { from: string; to: string };
  const rows = (resource: ResourceName) => demoRows(resource, day);
  const count =
    (resource: ResourceName, field: string, extra: (r: Record<string, unknown>) => boolean = () => true) =>
    (range: Range) =>
      rows(resource).filter((r) => inDays(r[field], range) && extra(r)).length;
  const sum = (resource: ResourceName, field: string, measure: string) => (range: Range) =>
    rows(resource)
      .filter((r) => inDays(r[field], range))
      .reduce((total, r) => total + Number(r[measure]), 0);
  return [
    { label: "New subscriptions", value: count("subscriptions", "creationDate") },
    { label: "Licences on new subscriptions", value: sum("subscriptions", "creationDate", "licenseCount") },
    { label: "Deprovisioned subscriptions", value: count("subscriptions", "deprovisionedDate") },
    {
      label: "Azure subscriptions with usage",
      value: (range) =>
        new Set(
          rows("usage/azure")
            .filter((r) => inDays(r.usageDate, range))
            .map((r) => r.subscriptionId),
        ).size,
    },
    { label: "Referrals received", value: count("referrals", "createdDate") },
    { label: "Referrals won", value: count("referrals", "wonDate") },
    { label: "Search result page views", value: count("search", "searchDate") },
    { label: "Profile views", value: count("search", "searchDate", (r) => r.detailsViewed === true) },
    { label: "New indirect resellers", value: count("indirectresellers", "firstSubscriptionCreationDate") },
  ];
}
export const OVERVIEW_EXPECTATIONS = overviewExpectations();

export const asNumber = (text: string | null) => Number((text ?? "").replace(/[^\d.-]/g, ""));
export const formatted = (n: number) => n.toLocaleString("en-US");
