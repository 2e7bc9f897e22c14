import { WeightedPicker } from "./prng.ts";
import { items, rows } from "./text-table.ts";

/** A directory listing of the partner (one per location), as seen in search results. */
export interface Listing {
  readonly companyName: string;
  /** Number or string: the search sample sends mpnId as a number although the table says string. */
  readonly mpnId: string | number;
  readonly partnerMarket: string;
  readonly weight: number;
}

const LISTINGS: readonly Listing[] = [
  { companyName: "Bluewater Cloud Partners", mpnId: 4871203, partnerMarket: "US", weight: 6 },
  { companyName: "Bluewater Cloud Partners UK", mpnId: "4871377", partnerMarket: "GB", weight: 2 },
  { companyName: "Bluewater Cloud Partners GmbH", mpnId: "4871402", partnerMarket: "DE", weight: 2 },
];

export const listingPicker = new WeightedPicker(
  LISTINGS.map((listing) => [listing, listing.weight] as const),
);

/** Quotes of both kinds, for filter-escaping and CSV tests; the generator always includes it. */
export const HOSTILE_KEYWORD = `O'Brien "cloud"`;

/** What visitors typed; the sample's " my company" shows names are searched with stray spaces too. */
export const keywordPicker = new WeightedPicker([
  ...rows(`
    azure migration; 8
    microsoft 365 partner; 7
    dynamics 365 implementation; 4
    teams phone system; 3
    managed security services; 4
    power bi consulting; 3
    sharepoint intranet; 2
    azure virtual desktop; 3
    cloud backup; 2
    sql server migration; 2
    copilot readiness; 3
    intune device management; 2
    business central; 2
    bluewater; 2
    csp partner near me; 1`).map(([text = "", weight]) => [text, Number(weight)] as const),
  [" bluewater cloud", 2] as const,
  [HOSTILE_KEYWORD, 0.05] as const,
]);

export const INDUSTRIES = items(`
  Healthcare | Financial services | Retail | Manufacturing | Government | Education | Nonprofit
  Professional services | Media and communications | Energy`);
export const SEARCH_PRODUCTS = items(`
  Azure | Microsoft 365 | Dynamics 365 | Power Platform | Microsoft Teams | Security | Windows`);
export const ORG_SIZES = new WeightedPicker(
  rows(`
    1to9employees; 3
    10to50employees; 4
    51to250employees; 3
    251to1000employees; 2
    1000plusemployees; 1`).map(([size = "", weight]) => [size, Number(weight)] as const),
);
