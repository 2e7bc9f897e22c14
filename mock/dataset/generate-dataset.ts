import { dayNumber, DAY_MS } from "../engine/dates.ts";
import { rowReader } from "../engine/materialize-row.ts";
import { RESOURCES, type ResourceName } from "../engine/resources.ts";
import { CompanyNames } from "./catalog-companies.ts";
import { generateCustomers, generatePartner, generateResellers, resellerJoinDays } from "./customers.ts";
import { Rng, streamSeed } from "./prng.ts";
import { generateReferrals } from "./referrals.ts";
import { resellersTable } from "./resellers.ts";
import { generateSearch } from "./search.ts";
import { generateSubscriptions, historyStart, subscriptionRow } from "./subscriptions.ts";
import { TableBuilder, type Table } from "./table.ts";
import { generateUsage } from "./usage.ts";

export interface DatasetOptions {
  seed?: number;
  /** Multiplies row counts: one number for every resource, or per resource (missing ones stay at 1). */
  scale?: number | Partial<Record<ResourceName, number>>;
  /** The demo's "today" (truncated to the UTC day); every date is relative to it. Default: now. */
  today?: Date;
}

export interface Dataset {
  readonly today: Date;
  readonly tables: Readonly<Record<ResourceName, Table>>;
}

const DEFAULT_SEED = 1;

/** Rows per resource at scale 1: a mid-size CSP partner (architecture.md, "The demo dataset"). */
export const BASE_ROWS: Readonly<Record<ResourceName, number>> = {
  "usage/azure": 1_000_000,
  indirectresellers: 200,
  subscriptions: 15_000,
  search: 50_000,
  referrals: 3_000,
};
/** Customers scale with subscriptions, keeping about ten subscriptions per customer. */
const CUSTOMERS_PER_SUBSCRIPTION = 0.1;

export function startOfUtcDay(date: Date): Date {
  return new Date(dayNumber(date.getTime()) * DAY_MS);
}

/**
 * The seeded demo dataset. The same seed and today give the same data; each resource draws from its own
 * random stream, and usage is sized by its own budget, so scaling one resource leaves the others' sizes alone.
 */
export function generateDataset(options: DatasetOptions = {}): Dataset {
  const today = startOfUtcDay(options.today ?? new Date());
  const day = dayNumber(today.getTime());
  const seed = options.seed ?? DEFAULT_SEED;
  const scaleOf = (resource: ResourceName): number =>
    typeof options.scale === "number" ? options.scale : (options.scale?.[resource] ?? 1);
  const count = (resource: ResourceName): number =>
    Math.max(0, Math.round(BASE_ROWS[resource] * scaleOf(resource)));
  const rng = (stream: string) => new Rng(streamSeed(seed, stream));

  const names = new CompanyNames();
  const partner = generatePartner(rng("partner"));
  const resellers = generateResellers(rng("resellers"), count("indirectresellers"), names);
  const customerCount = Math.round(count("subscriptions") * CUSTOMERS_PER_SUBSCRIPTION);
  const customers = generateCustomers(rng("customers"), customerCount, resellers.length, names);
  const joined = resellerJoinDays(rng("reseller-joins"), resellers.length, historyStart(day), day);
  const subscriptions = generateSubscriptions(
    rng("subscriptions"),
    customers,
    count("subscriptions"),
    day,
    joined,
  );
  // Usage first: it stamps the Azure subscriptions' lastUsageDate before their rows are built.
  const usage = generateUsage(rng("usage"), subscriptions, count("usage/azure"), day);
  const subscriptionTable = new TableBuilder(RESOURCES.subscriptions);
  for (const sub of subscriptions) subscriptionTable.append(subscriptionRow(sub, partner, resellers, day));

  return {
    today,
    tables: {
      "usage/azure": usage,
      indirectresellers: resellersTable(resellers, subscriptions),
      subscriptions: subscriptionTable.finish(),
      search: generateSearch(rng("search"), count("search"), day),
      referrals: generateReferrals(rng("referrals"), count("referrals"), day, names),
    },
  };
}

/** Every row of a resource exactly as the API would send it ("get all" shape), in storage order. */
export function* rawRows(dataset: Dataset, resource: ResourceName): Iterable<Record<string, unknown>> {
  const table = dataset.tables[resource];
  const read = rowReader(table, RESOURCES[resource]);
  for (let index = 0; index < table.length; index++) yield read(index);
}
