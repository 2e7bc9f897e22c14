import { DAY_MS } from "../engine/dates.ts";
import { RESOURCES } from "../engine/resources.ts";
import { addMonthsToDay, dayPicker, momentOn } from "./calendar.ts";
import { marketPicker, type CompanyNames } from "./catalog-companies.ts";
import { listingPicker, ORG_SIZES } from "./catalog-search.ts";
import type { Rng } from "./prng.ts";
import { TableBuilder, type Table } from "./table.ts";

const HOUR = 3_600_000;

/** A stage a referral reached: its status and the date field that records when. */
type Stage = readonly [status: string, field: string, at: number];

/**
 * The referral pipeline: created → acknowledged (hours) → accepted (about a day) → won or lost (weeks),
 * with exits at each step: skipped at once, missed when nobody acknowledged within 48 hours, declined,
 * expired when not accepted within 14 days. Closed referrals are sometimes archived weeks later.
 */
function pipeline(rng: Rng, created: number): Stage[] {
  const roll = rng.next();
  if (roll < 0.06) return [["Skipped", "skippedDate", created + rng.exponential(6 * HOUR)]];
  if (roll < 0.14) return [["Missed", "missedDate", created + 48 * HOUR + rng.exponential(12 * HOUR)]];
  const acknowledged = created + 10 * 60_000 + rng.exponential(5 * HOUR);
  const path: Stage[] = [["Acknowledged", "acknowledgedDate", acknowledged]];
  const next = rng.next();
  if (next < 0.12) path.push(["Declined", "declinedDate", acknowledged + rng.exponential(2 * 24 * HOUR)]);
  else if (next < 0.22) path.push(["Expired", "expiredDate", acknowledged + 14 * 24 * HOUR]);
  else {
    const accepted = acknowledged + rng.exponential(20 * HOUR);
    path.push(["Accepted", "acceptedDate", accepted]);
    const outcome = rng.next();
    if (outcome < 0.4) path.push(["Won", "wonDate", accepted + 14 * DAY_MS + rng.exponential(30 * DAY_MS)]);
    else if (outcome < 0.78)
      path.push(["Lost", "lostDate", accepted + 14 * DAY_MS + rng.exponential(35 * DAY_MS)]);
  }
  return path;
}

function stages(rng: Rng, created: number): Stage[] {
  const path = pipeline(rng, created);
  const last = path.at(-1);
  // Only closed referrals (anything but an open Accepted one) get archived.
  if (last && last[0] !== "Accepted" && rng.chance(0.2)) {
    path.push(["Archived", "archivedDate", last[2] + 30 * DAY_MS + rng.exponential(45 * DAY_MS)]);
  }
  return path;
}

/** Referrals created over the last two years, in creation order, each at the stage it has reached today. */
export function generateReferrals(rng: Rng, count: number, today: number, names: CompanyNames): Table {
  const days = dayPicker(addMonthsToDay(today, -24), today - 1, { growth: 1.8, weekend: 0.3 });
  const created = Float64Array.from({ length: count }, () => momentOn(rng, days.pick(rng), false)).sort();
  const builder = new TableBuilder(RESOURCES.referrals);
  let id = 100_000;
  for (const createdDate of created) {
    id += rng.int(1, 40);
    const market = marketPicker.pick(rng);
    const row: Record<string, unknown> = {
      id: String(id),
      status: "Created",
      customerMarket: market.code,
      customerName: names.next(rng, market),
      customerOrgSize: ORG_SIZES.pick(rng),
      createdDate,
      partnerMarket: listingPicker.pick(rng).partnerMarket,
    };
    for (const [status, field, at] of stages(rng, createdDate)) {
      // Stages after today have not happened yet: the referral is still in progress.
      if (at >= today * DAY_MS) break;
      row.status = status;
      row[field] = Math.floor(at / 1000) * 1000;
    }
    builder.append(row);
  }
  return builder.finish();
}
