import { DAY_MS } from "../engine/dates.ts";
import { dayPicker, momentOn } from "./calendar.ts";
import { AZURE_FRIENDLY_NAMES, FRIENDLY_NAMES, productPicker, type Product } from "./catalog-products.ts";
import { HOSTILE_CUSTOMER_NAMES, type Customer, type Partner, type Reseller } from "./customers.ts";
import { WeightedPicker, type Rng } from "./prng.ts";
import { activeLifecycle, lapse, runTerms, type Lifecycle } from "./subscription-lifecycle.ts";

export interface Subscription extends Lifecycle {
  readonly customer: Customer;
  readonly id: string;
  readonly product: Product;
  readonly friendlyName: string;
  readonly autoRenewEnabled: boolean;
  readonly creationDate: number;
  readonly trialStartDate: number;
  readonly trialEndDate: number;
  readonly trialToPaidConversionDate: number;
  /** Azure subscriptions get theirs from the usage rows, after usage is generated. */
  lastUsageDate: number;
  readonly licenseCount: number;
  readonly billingCycleName: string;
}

const HISTORY_DAYS = 3 * 365;
const TRIAL_DAYS = 30;
const AZURE_PLAN: Product = { type: "Azure", name: "AZURE PLAN", seatShare: 0 };

type Trial = Pick<Subscription, "trialStartDate" | "trialEndDate" | "trialToPaidConversionDate">;
const NO_TRIAL: Trial = {
  trialStartDate: Number.NaN,
  trialEndDate: Number.NaN,
  trialToPaidConversionDate: Number.NaN,
};

function termMonthsFor(rng: Rng, product: Product): number {
  if (product.type === "Azure") return 1;
  const roll = rng.next();
  return roll < 0.65 ? 12 : roll < 0.95 ? 1 : 36;
}

/** Trials run 30 days from creation; some convert to paid part-way, the rest lapse when the trial ends. */
function lifecycleOf(
  rng: Rng,
  product: Product,
  creationDay: number,
  today: number,
  autoRenew: boolean,
  certain: boolean,
) {
  const termMonths = termMonthsFor(rng, product);
  const isTrial = !certain && product.type !== "Azure" && rng.chance(0.07);
  if (!isTrial) {
    return {
      termMonths,
      trial: NO_TRIAL,
      life: runTerms(rng, { startDay: creationDay, termMonths, autoRenew, today, certain }),
    };
  }
  const trialEndDay = creationDay + TRIAL_DAYS;
  const trial = { ...NO_TRIAL, trialStartDate: creationDay * DAY_MS, trialEndDate: trialEndDay * DAY_MS };
  const trialLife = activeLifecycle(creationDay, trialEndDay);
  if (trialEndDay >= today) return { termMonths: 0, trial, life: trialLife };
  if (!rng.chance(0.45)) return { termMonths: 0, trial, life: lapse(rng, trialLife, trialEndDay, today) };
  const conversion = momentOn(rng, creationDay + rng.int(3, TRIAL_DAYS), true);
  const startDay = Math.floor(conversion / DAY_MS);
  const life = runTerms(rng, { startDay, termMonths, autoRenew, today });
  return { termMonths, trial: { ...trial, trialToPaidConversionDate: conversion }, life };
}

function billingCycle(rng: Rng, termMonths: number): string {
  if (termMonths === 0) return "NONE";
  if (termMonths === 1) return "MONTHLY";
  return termMonths === 36 || rng.chance(0.3) ? "ANNUAL" : "MONTHLY";
}

function lastUsage(rng: Rng, life: Lifecycle, creationDay: number, today: number): number {
  if (rng.chance(0.08)) return Number.NaN;
  const endDay =
    life.status === "ACTIVE"
      ? today - rng.int(1, 10)
      : life.status === "SUSPENDED"
        ? Math.floor(life.suspendedDate / DAY_MS) - rng.int(0, 5)
        : Math.floor(life.deprovisionedDate / DAY_MS) - rng.int(0, 10);
  return Math.max(creationDay, endDay) * DAY_MS;
}

/**
 * `spread`: how many ways the customer's seats are split (a customer with many subscriptions has smaller ones).
 * `certain`: active from creation to today (see Terms.certain).
 */
function create(
  rng: Rng,
  customer: Customer,
  spread: number,
  product: Product,
  creationDay: number,
  today: number,
  certain = false,
) {
  const autoRenewEnabled = certain || rng.chance(0.82);
  const { termMonths, trial, life } = lifecycleOf(
    rng,
    product,
    creationDay,
    today,
    autoRenewEnabled,
    certain,
  );
  const licenses = Math.round((customer.seats * product.seatShare * rng.between(0.5, 1.5)) / spread);
  const isAzure = product.type === "Azure";
  const names = isAzure ? AZURE_FRIENDLY_NAMES : FRIENDLY_NAMES;
  return {
    ...life,
    ...trial,
    customer,
    id: rng.guid(),
    product,
    friendlyName: rng.chance(0.6) && !isAzure ? product.name : rng.pick(names),
    autoRenewEnabled,
    creationDate: momentOn(rng, creationDay, true),
    lastUsageDate: isAzure ? Number.NaN : lastUsage(rng, life, creationDay, today),
    licenseCount: isAzure ? 0 : Math.max(1, licenses),
    billingCycleName: billingCycle(rng, termMonths),
  };
}

/** The first day of the subscriptions' three years: resellers who joined earlier sold from the start. */
export const historyStart = (today: number) => today - HISTORY_DAYS;

/**
 * `count` subscriptions over the last three years, with growth and seasonality. Every customer gets one;
 * the rest go to customers in proportion to seats^0.6, so big customers hold many subscriptions.
 * The hostile-named customers' first subscription is an Azure plan that stays active to today, and usage always
 * reads it (see generateUsage), so on every day they show up in usage too.
 * `resellerJoined[i]` is the day reseller i joined: its customers' subscriptions start on or after it.
 */
export function generateSubscriptions(
  rng: Rng,
  customers: readonly Customer[],
  count: number,
  today: number,
  resellerJoined: readonly number[] = [],
) {
  const days = dayPicker(historyStart(today), today - 1, { growth: 2.2, weekend: 0.25 });
  // The season and growth of the whole history, within what is left after the reseller joined.
  const dayFor = (customer: Customer): number => {
    const joined = resellerJoined[customer.reseller] ?? Number.NEGATIVE_INFINITY;
    for (let tries = 0; tries < 20; tries++) {
      const day = days.pick(rng);
      if (day >= joined) return day;
    }
    return Math.min(today - 1, joined + rng.int(0, Math.max(0, today - 1 - joined)));
  };
  const picker = new WeightedPicker(
    customers.map((customer) => [customer, Math.pow(customer.seats, 0.6)] as const),
  );
  const owners = [...customers];
  while (owners.length < count) owners.push(picker.pick(rng));
  const held = new Map<Customer, number>();
  for (const owner of owners) held.set(owner, (held.get(owner) ?? 0) + 1);
  const subscriptions = owners.map((customer, index): Subscription => {
    const hostile = index < customers.length && HOSTILE_CUSTOMER_NAMES.includes(customer.name);
    const product = hostile ? AZURE_PLAN : productPicker.pick(rng);
    const spread = Math.max(1, (held.get(customer) ?? 1) / 4);
    return create(rng, customer, spread, product, dayFor(customer), today, hostile);
  });
  return subscriptions.sort((a, b) => a.creationDate - b.creationDate);
}

/** Churn risk as a partner would read it: lapsing or unrenewed subscriptions are high risk. */
function churnRisk(sub: Subscription, today: number): string {
  if (sub.status !== "ACTIVE") return "High";
  const daysLeft = sub.commitmentEndDate / DAY_MS - today;
  if (!sub.autoRenewEnabled) return daysLeft <= 90 ? "High" : "Medium";
  return sub.licenseCount > 0 && sub.lastUsageDate / DAY_MS < today - 30 ? "Medium" : "Low";
}

export function subscriptionRow(
  sub: Subscription,
  partner: Partner,
  resellers: readonly Reseller[],
  today: number,
) {
  const seller = resellers[sub.customer.reseller];
  return {
    ...sub,
    customerTenantId: sub.customer.tenantId,
    customerName: sub.customer.name,
    customerMarket: sub.customer.market.code,
    status: sub.status,
    productName: sub.product.name,
    subscriptionType: sub.product.type,
    partnerId: seller?.tenantId ?? partner.id,
    partnerName: seller?.name ?? partner.name,
    providerName: partner.name,
    churnRisk: churnRisk(sub, today),
  };
}
