import { DAY_MS } from "../engine/dates.ts";
import { RESOURCES } from "../engine/resources.ts";
import { dayPicker, monthStartMonthsBefore } from "./calendar.ts";
import { MARKETS } from "./catalog-companies.ts";
import {
  HOSTILE_KEYWORD,
  INDUSTRIES,
  keywordPicker,
  listingPicker,
  SEARCH_PRODUCTS,
} from "./catalog-search.ts";
import type { Rng } from "./prng.ts";
import { TableBuilder, type Table } from "./table.ts";

/** Row index that always carries the hostile keyword, so security tests can rely on it. */
const HOSTILE_ROW = 17;

/**
 * Search rows over the last 25 whole months and this one (so a year-over-year comparison has data), one per appearance of the partner's listing in a search result
 * page. The funnel narrows like a directory's: ~15% open the profile, a quarter of those click contact,
 * one in ten of those who looked submit a referral. Searches grow over time and drop at weekends.
 */
export function generateSearch(rng: Rng, count: number, today: number): Table {
  const days = dayPicker(monthStartMonthsBefore(today, 25), today - 1, { growth: 1.6, weekend: 0.35 });
  const sorted = Float64Array.from({ length: count }, () => days.pick(rng)).sort();
  const builder = new TableBuilder(RESOURCES.search);
  sorted.forEach((day, index) => {
    const listing = listingPicker.pick(rng);
    const detailsViewed = rng.chance(0.15);
    builder.append({
      companyName: listing.companyName,
      contactButtonClicked: detailsViewed && rng.chance(0.25),
      keywordCountry: rng.chance(0.6) ? null : rng.pick(MARKETS).code,
      detailsViewed,
      keywordIndustryFocus: rng.chance(0.5) ? null : rng.pick(INDUSTRIES),
      mpnId: listing.mpnId,
      partnerMarket: listing.partnerMarket,
      keywordProduct: rng.chance(0.4) ? null : rng.pick(SEARCH_PRODUCTS),
      referralSubmitted: detailsViewed && rng.chance(0.1),
      searchDate: day * DAY_MS,
      keywordSearchText:
        index === Math.min(HOSTILE_ROW, count - 1) ? HOSTILE_KEYWORD : keywordPicker.pick(rng),
    });
  });
  return builder.finish();
}
