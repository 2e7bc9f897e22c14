import { DAY_MS } from "../engine/dates.ts";
import { addMonthsToDay, momentOn } from "./calendar.ts";
import type { Rng } from "./prng.ts";

export type SubscriptionStatus = "ACTIVE" | "SUSPENDED" | "DEPROVISIONED";

/** Dates as epoch ms, NaN where the API sends null. */
export interface Lifecycle {
  status: SubscriptionStatus;
  effectiveStartDate: number;
  commitmentEndDate: number;
  currentStateEndDate: number;
  lastRenewalDate: number;
  deprovisionedDate: number;
  /** Not a subscription field: feeds the resellers' first/latest suspended dates. */
  suspendedDate: number;
}

export interface Terms {
  readonly startDay: number;
  readonly termMonths: number;
  readonly autoRenew: boolean;
  readonly today: number;
  /** Never cancelled, suspended or lapsed: for rows tests must find on every day (the hostile-named customers' plans). */
  readonly certain?: boolean;
}

const at = (day: number): number => day * DAY_MS;

/** Active from `startDay` with the commitment ending on `endDay`. */
export function activeLifecycle(startDay: number, endDay: number): Lifecycle {
  return {
    status: "ACTIVE",
    effectiveStartDate: at(startDay),
    commitmentEndDate: at(endDay),
    currentStateEndDate: at(endDay),
    lastRenewalDate: Number.NaN,
    deprovisionedDate: Number.NaN,
    suspendedDate: Number.NaN,
  };
}

/**
 * A subscription that was not renewed at `endDay`: CSP suspends it, then deprovisions it after a grace
 * period; if the grace period has not run out yet it is still SUSPENDED today.
 */
export function lapse(rng: Rng, life: Lifecycle, endDay: number, today: number): Lifecycle {
  const graceEnd = endDay + rng.int(30, 90);
  const suspended = { ...life, suspendedDate: at(endDay) };
  if (graceEnd >= today) return { ...suspended, status: "SUSPENDED", currentStateEndDate: at(graceEnd) };
  const deprovisionedDate = momentOn(rng, graceEnd, true);
  return { ...suspended, status: "DEPROVISIONED", deprovisionedDate, currentStateEndDate: Number.NaN };
}

/**
 * Walks the commitment terms from the start to today: each term end renews (more likely with auto-renew,
 * and month-to-month terms renew more readily) or lapses. Also a few early cancellations inside the
 * 7-day cancellation window and a few suspensions for non-payment.
 */
export function runTerms(rng: Rng, terms: Terms): Lifecycle {
  const { startDay, termMonths, autoRenew, today, certain = false } = terms;
  let endDay = addMonthsToDay(startDay, termMonths);
  const life = activeLifecycle(startDay, endDay);
  if (!certain && startDay + 7 < today && rng.chance(0.03)) {
    const cancelled = momentOn(rng, startDay + rng.int(0, 6), true);
    return {
      ...life,
      status: "DEPROVISIONED",
      deprovisionedDate: cancelled,
      currentStateEndDate: Number.NaN,
    };
  }
  const renewOdds = termMonths === 1 ? (autoRenew ? 0.985 : 0.9) : autoRenew ? 0.92 : 0.55;
  while (endDay < today) {
    if (!certain && !rng.chance(renewOdds))
      return lapse(rng, { ...life, commitmentEndDate: at(endDay) }, endDay, today);
    life.lastRenewalDate = momentOn(rng, endDay, true);
    endDay = addMonthsToDay(endDay, termMonths);
  }
  life.commitmentEndDate = at(endDay);
  life.currentStateEndDate = at(endDay);
  const suspendedDay = today - rng.int(1, 45);
  if (!certain && rng.chance(0.015) && suspendedDay > startDay) {
    const currentStateEndDate = at(suspendedDay + 60);
    return { ...life, status: "SUSPENDED", suspendedDate: at(suspendedDay), currentStateEndDate };
  }
  return life;
}
