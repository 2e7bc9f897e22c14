// Which way each headline measure should move. A delta is coloured by whether the change is good news, not by its
// sign: more deprovisioned subscriptions is bad news although the number went up.

export type Direction = "up-good" | "up-bad" | "neutral";
export type Tone = "good" | "bad" | "neutral";

export const MEASURE_DIRECTIONS = {
  "new-subscriptions": "up-good",
  "new-licences": "up-good",
  deprovisioned: "up-bad",
  "subscriptions-in-service": "up-good",
  "licences-in-service": "up-good",
  "net-change": "up-good",
  "azure-subscriptions": "up-good",
  // Consumption is cost to the customer and revenue to the partner: neither direction is news by itself.
  "usage-quantity": "neutral",
  "meter-categories": "neutral",
  "referrals-created": "up-good",
  "referrals-acknowledged": "up-good",
  "referrals-accepted": "up-good",
  "referrals-won": "up-good",
  "search-views": "up-good",
  "profile-views": "up-good",
  "contact-clicks": "up-good",
  "search-referrals": "up-good",
  resellers: "up-good",
  "reseller-subscriptions": "up-good",
  "reseller-licences": "up-good",
  "new-resellers": "up-good",
} as const satisfies Record<string, Direction>;

export type MeasureKey = keyof typeof MEASURE_DIRECTIONS;

/** Whether a change of `delta` in the measure is good news, bad news, or neither. */
export function deltaTone(measure: MeasureKey, delta: number): Tone {
  const direction: Direction = MEASURE_DIRECTIONS[measure];
  if (direction === "neutral" || delta === 0 || !Number.isFinite(delta)) return "neutral";
  return delta > 0 === (direction === "up-good") ? "good" : "bad";
}
