import { CompanyNames, marketPicker, type Market } from "./catalog-companies.ts";
import { WeightedPicker, type Rng } from "./prng.ts";

export interface Partner {
  readonly id: string;
  readonly name: string;
}

export interface Reseller {
  /** The reseller's tenant GUID (indirect resellers' partnerTenantId, subscriptions' partnerId). */
  readonly tenantId: string;
  /** Seven-digit MPN ID, like the sample's "1111111". */
  readonly mpnId: string;
  readonly name: string;
  readonly market: string;
}

export interface Customer {
  readonly tenantId: string;
  readonly name: string;
  readonly market: Market;
  /** Seats, heavy-tailed: drives license counts, the number of subscriptions and Azure consumption. */
  readonly seats: number;
  /** Index into the resellers, or -1 when the partner sells directly. */
  readonly reseller: number;
}

/** Names that must render inertly and be neutralised in CSV exports (security tests look for them). */
export const HOSTILE_CUSTOMER_NAMES: readonly string[] = [
  "<img src=x onerror=alert(1)> Contoso",
  '=HYPERLINK("http://x","y") Ltd',
];
/** Where the hostile names go; the customer count never drops below MIN_CUSTOMERS so both always exist. */
const HOSTILE_POSITIONS = [3, 11];
const MIN_CUSTOMERS = 12;
const RESOLD_SHARE = 0.35;

export function generatePartner(rng: Rng): Partner {
  return { id: rng.guid(), name: "Bluewater Cloud Partners" };
}

export function generateResellers(rng: Rng, count: number, names: CompanyNames): Reseller[] {
  const mpnIds = new Set<string>();
  return Array.from({ length: count }, () => {
    const market = marketPicker.pick(rng);
    let mpnId = String(rng.int(1_000_000, 9_999_999));
    while (mpnIds.has(mpnId)) mpnId = String(rng.int(1_000_000, 9_999_999));
    mpnIds.add(mpnId);
    return { tenantId: rng.guid(), mpnId, name: names.next(rng, market), market: market.code };
  });
}

/**
 * The day each reseller joined the partner: about a third before the history starts (they sold from its first
 * day), the rest spread over it, so "new resellers" (first sale) keep arriving instead of all in the first months.
 */
export function resellerJoinDays(rng: Rng, count: number, firstDay: number, today: number): number[] {
  return Array.from({ length: count }, () =>
    rng.chance(0.35) ? Number.NEGATIVE_INFINITY : rng.int(firstDay, today - 30),
  );
}

export function generateCustomers(
  rng: Rng,
  count: number,
  resellerCount: number,
  names: CompanyNames,
): Customer[] {
  // Resellers differ in size too: a few bring most of the indirect business.
  const resellers = new WeightedPicker(
    Array.from({ length: resellerCount }, (_, index) => [index, rng.pareto(1.2)] as const),
  );
  const hostile = new Map(
    HOSTILE_POSITIONS.map((position, i) => [position, HOSTILE_CUSTOMER_NAMES[i] ?? ""]),
  );
  return Array.from({ length: Math.max(MIN_CUSTOMERS, count) }, (_, index) => {
    const market = marketPicker.pick(rng);
    const hostileName = hostile.get(index);
    // Pareto with alpha just above 1: most customers have a handful of seats, a few have tens of thousands.
    const seats = Math.min(60_000, Math.round(10 * rng.pareto(1.1)));
    return {
      tenantId: rng.guid(),
      name: hostileName === undefined ? names.next(rng, market) : names.take(hostileName),
      market,
      seats,
      reseller: resellerCount > 0 && rng.chance(RESOLD_SHARE) ? resellers.pick(rng) : -1,
    };
  });
}
