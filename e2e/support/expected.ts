import { generateDataset, rawRows, type Dataset } from "../../mock/dataset/generate-dataset.ts";
import type { ResourceName } from "../../mock/engine/resources.ts";

// The numbers the screen must show, computed here from the mock's raw rows (same seed and day as the demo
// server), by plain filtering and counting: independent of the engine's group-by and of the app's transforms.
const DEMO_SEED = 20260101;
const datasets = new Map<string, Dataset>();

export function demoRows(resource: ResourceName, scale = 1): Record<string, unknown>[] {
  const key = String(scale);
  if (!datasets.has(key)) datasets.set(key, generateDataset({ seed: DEMO_SEED, scale }));
  return [...rawRows(datasets.get(key)!, resource)] as Record<string, unknown>[];
}

/** Is an API date (zone-less means UTC; 0001-01-01 means never) inside the inclusive day range? */
export function inDays(value: unknown, range: { from: string; to: string }): boolean {
  if (typeof value !== "string" || value.startsWith("0001-01-01")) return false;
  const day = value.slice(0, 10);
  return day >= range.from && day <= range.to;
}

export interface KpiExpectation {
  label: string;
  value: (range: { from: string; to: string }) => number;
}

const count = (resource: ResourceName, field: string, extra: (r: Record<string, unknown>) => boolean = () => true) => (range: { from: string; to: string }) =>
  demoRows(resource).filter((r) => inDays(r[field], range) && extra(r)).length;
const sum = (resource: ResourceName, field: string, measure: string) => (range: { from: string; to: string }) =>
  demoRows(resource).filter((r) => inDays(r[field], range)).reduce((total, r) => total + Number(r[measure]), 0);

/** The overview's (and the report's executive summary's) KPIs, by their labels on screen. */
export const OVERVIEW_EXPECTATIONS: KpiExpectation[] = [
  { label: "New subscriptions", value: count("subscriptions", "creationDate") },
  { label: "Licences on new subscriptions", value: sum("subscriptions", "creationDate", "licenseCount") },
  { label: "Deprovisioned subscriptions", value: count("subscriptions", "deprovisionedDate") },
  { label: "Azure subscriptions with usage", value: (range) => new Set(demoRows("usage/azure").filter((r) => inDays(r.usageDate, range)).map((r) => r.subscriptionId)).size },
  { label: "Referrals received", value: count("referrals", "createdDate") },
  { label: "Referrals won", value: count("referrals", "wonDate") },
  { label: "Search result page views", value: count("search", "searchDate") },
  { label: "Profile views", value: count("search", "searchDate", (r) => r.detailsViewed === true) },
  { label: "New indirect resellers", value: count("indirectresellers", "firstSubscriptionCreationDate") },
];

export const asNumber = (text: string | null) => Number((text ?? "").replace(/[^\d.-]/g, ""));
export const formatted = (n: number) => n.toLocaleString("en-US");
