import { DAY_MS } from "../engine/dates.ts";
import { RESOURCES } from "../engine/resources.ts";
import { isWeekend, monthStartMonthsBefore } from "./calendar.ts";
import { METERS, type Meter } from "./catalog-products.ts";
import { HOSTILE_CUSTOMER_NAMES } from "./customers.ts";
import { WeightedPicker, type Rng } from "./prng.ts";
import type { Subscription } from "./subscriptions.ts";
import { TableBuilder, type Table } from "./table.ts";
import { items } from "./text-table.ts";

/** Share of days a running meter reports usage (the rest are gaps, as in real exports). */
const PRESENCE = 0.97;
/** The usage fields that are constant along one series, interned once per series. */
const SERIES_FIELDS = items(`
  customerTenantId | customerName | subscriptionId | subscriptionName | resourceLocation | meterCategory
  meterSubcategory | meterUnit | reservationOrderId | reservationId | consumptionMeterId | serviceType`);

/** One subscription × meter daily time series. */
interface Series {
  readonly subscription: Subscription;
  readonly meter: Meter;
  readonly first: number;
  readonly last: number;
  readonly base: number;
  readonly growthPerDay: number;
  /** Dictionary codes of SERIES_FIELDS, in that order. */
  readonly codes: Int32Array;
}

interface Span {
  /** The subscription's own first day, which may lie before the window. */
  readonly start: number;
  readonly first: number;
  readonly last: number;
}

function activeSpan(sub: Subscription, [windowStart, windowEnd]: readonly [number, number]): Span {
  const endMs =
    sub.status === "DEPROVISIONED"
      ? sub.deprovisionedDate
      : sub.status === "SUSPENDED"
        ? sub.suspendedDate
        : windowEnd * DAY_MS;
  const start = Math.floor(sub.effectiveStartDate / DAY_MS);
  return {
    start,
    first: Math.max(windowStart, start),
    last: Math.min(windowEnd, Math.floor(endMs / DAY_MS)),
  };
}

function seriesValues(rng: Rng, sub: Subscription, meter: Meter, meterId: string): Record<string, string> {
  const reserved = meter.reservable && rng.chance(0.12);
  const regions = sub.customer.market.regions;
  return {
    customerTenantId: sub.customer.tenantId,
    customerName: sub.customer.name,
    subscriptionId: sub.id,
    subscriptionName: sub.friendlyName,
    resourceLocation: rng.chance(0.8) ? (regions[0] ?? "") : rng.pick(regions),
    meterCategory: meter.category,
    meterSubcategory: meter.subcategory,
    meterUnit: meter.unit,
    // The sample sends empty strings, not nulls, when there is no reservation.
    reservationOrderId: reserved ? rng.guid() : "",
    reservationId: reserved ? rng.guid() : "",
    consumptionMeterId: meterId,
    serviceType: meter.serviceType,
  };
}

/**
 * Picks subscription × meter series, bigger and longer-lived subscriptions more often, until their days add
 * up to the row budget. The budget, not the number of Azure subscriptions, sets the table's size, so scaling
 * subscriptions alone leaves usage the same size.
 */
function chooseSeries(
  rng: Rng,
  subs: readonly Subscription[],
  budget: number,
  window: readonly [number, number],
  builder: TableBuilder,
) {
  const spans = subs.map((sub) => activeSpan(sub, window));
  const live = subs.flatMap((sub, i) => {
    const span = spans[i];
    return span && span.last >= span.first
      ? [[i, Math.sqrt(sub.customer.seats) * (span.last - span.first + 1)] as const]
      : [];
  });
  const subPicker = new WeightedPicker(live);
  const meterPicker = new WeightedPicker(METERS.map((meter) => [meter, meter.popularity] as const));
  const meterIds = new Map(METERS.map((meter) => [meter, meter.hasMeterId ? rng.guid() : ""]));
  const taken = new Set<string>();
  const series: Series[] = [];
  // The hostile-named customers' plans run first, so security tests find their names in usage on every day.
  const forced = live
    .filter(([i]) => HOSTILE_CUSTOMER_NAMES.includes(subs[i]?.customer.name ?? ""))
    .map(([i]) => i);
  for (let attempt = 0; budget > 0 && attempt < live.length * METERS.length * 4; attempt++) {
    const index = forced.shift() ?? subPicker.pick(rng);
    const meter = meterPicker.pick(rng);
    const sub = subs[index];
    const span = spans[index];
    const key = `${index}/${METERS.indexOf(meter)}`;
    if (!sub || !span || taken.has(key)) continue;
    taken.add(key);
    // Most meters start with the subscription, some later (skewed towards early); meters of subscriptions
    // older than the window are mostly running when it opens.
    const added = span.start + Math.floor(rng.next() ** 2 * 0.3 * (span.last - span.start));
    const first = Math.max(span.first, added);
    budget -= span.last - first + 1;
    const values = seriesValues(rng, sub, meter, meterIds.get(meter) ?? "");
    series.push({
      subscription: sub,
      meter,
      first,
      last: span.last,
      base: meter.dailyBase * Math.sqrt(sub.customer.seats) * rng.between(0.3, 3),
      growthPerDay: rng.between(-0.2, 1) / 365,
      codes: Int32Array.from(SERIES_FIELDS, (field) => builder.term(field).intern(values[field] ?? "")),
    });
  }
  return series;
}

/**
 * Daily Azure usage over the last 13 whole months and this one, day by day so raw rows come out in date order. Quantities grow
 * (or shrink) per series, dip at weekends for compute, and carry ±15% noise. Also stamps each Azure
 * subscription's lastUsageDate with its last usage day.
 */
export function generateUsage(
  rng: Rng,
  subscriptions: readonly Subscription[],
  targetRows: number,
  today: number,
): Table {
  const builder = new TableBuilder(RESOURCES["usage/azure"]);
  const window = [monthStartMonthsBefore(today, 13), today - 1] as const;
  const azure = subscriptions.filter((sub) => sub.product.type === "Azure");
  const series = azure.length === 0 ? [] : chooseSeries(rng, azure, targetRows / PRESENCE, window, builder);
  const columns = SERIES_FIELDS.map((field) => builder.term(field));
  const dates = builder.value("usageDate");
  const quantities = builder.value("quantity");
  for (let day = window[0]; day <= window[1]; day++) {
    const weekend = isWeekend(day);
    const dayStart = day * DAY_MS;
    for (const s of series) {
      if (day < s.first || day > s.last || rng.next() >= PRESENCE) continue;
      const trend = 1 + s.growthPerDay * (day - s.first);
      const quantity = s.base * trend * (weekend ? s.meter.weekend : 1) * rng.between(0.85, 1.15);
      columns.forEach((column, c) => column.pushCode(s.codes[c] ?? 0));
      dates.push(dayStart);
      quantities.push(Math.max(1, Math.round(quantity)));
      // Days ascend, so the last write is the subscription's latest usage day.
      s.subscription.lastUsageDate = dayStart;
    }
  }
  return builder.finish();
}
