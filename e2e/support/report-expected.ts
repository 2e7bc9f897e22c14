import { demoRows, inDays } from "./expected.ts";

// The monthly report's "What changed" facts, top movers and renewals list, counted here from the mock's raw rows
// by plain filtering and adding: nothing of the engine's group-by or of the report's own transforms.

type Range = { from: string; to: string };
type RawRow = Record<string, unknown>;
const name = (value: unknown) =>
  value === null || value === undefined || value === "" ? "(not set)" : String(value);

function sumBy(rows: readonly RawRow[], key: (r: RawRow) => string, amount: (r: RawRow) => number) {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(key(row), (totals.get(key(row)) ?? 0) + amount(row));
  return totals;
}

export interface ExpectedChange {
  key: string;
  current: number;
  previous: number;
  contributor: { name: string; delta: number } | null;
}

/** The part whose own change went furthest the way the whole went; ties to the name first alphabetically. */
function contributor(now: Map<string, number>, before: Map<string, number>, total: number) {
  let best: { name: string; delta: number } | null = null;
  for (const part of [...new Set([...now.keys(), ...before.keys()])].sort()) {
    const delta = (now.get(part) ?? 0) - (before.get(part) ?? 0);
    const weight = Math.sign(total) === 0 ? Math.abs(delta) : Math.sign(total) * delta;
    const bestWeight = best
      ? Math.sign(total) === 0
        ? Math.abs(best.delta)
        : Math.sign(total) * best.delta
      : 0;
    if (weight > 0 && weight > bestWeight) best = { name: part, delta };
  }
  return best;
}

function change(
  key: string,
  rows: readonly RawRow[],
  inMonth: (r: RawRow, range: Range) => boolean,
  part: (r: RawRow) => string,
  amount: (r: RawRow) => number,
  month: Range,
  previous: Range,
): ExpectedChange {
  const now = sumBy(
    rows.filter((r) => inMonth(r, month)),
    part,
    amount,
  );
  const before = sumBy(
    rows.filter((r) => inMonth(r, previous)),
    part,
    amount,
  );
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const current = sum(now);
  const prior = sum(before);
  return { key, current, previous: prior, contributor: contributor(now, before, current - prior) };
}

/** Meter units by how many meter categories have usage in them in the month, most first. */
export function unitsByCategories(month: Range): { unit: string; categories: number }[] {
  const categories = new Map<string, Set<string>>();
  for (const r of demoRows("usage/azure").filter((r) => inDays(r.usageDate, month))) {
    const set = categories.get(name(r.meterUnit)) ?? new Set();
    set.add(name(r.meterCategory));
    categories.set(name(r.meterUnit), set);
  }
  return [...categories]
    .map(([unit, set]) => ({ unit, categories: set.size }))
    .sort((a, b) => b.categories - a.categories);
}

export function expectedChanges(month: Range, previous: Range, unit: string): ExpectedChange[] {
  const subs = demoRows("subscriptions");
  const one = () => 1;
  const created = (r: RawRow, range: Range) => inDays(r.creationDate, range);
  const product = (r: RawRow) => name(r.productName);
  const search = demoRows("search");
  const keyword = (r: RawRow) => name(r.keywordSearchText);
  const searched = (r: RawRow, range: Range) => inDays(r.searchDate, range);
  return [
    change("new-subscriptions", subs, created, product, one, month, previous),
    change("new-licences", subs, created, product, (r) => Number(r.licenseCount), month, previous),
    change(
      "deprovisioned",
      subs,
      (r, range) => inDays(r.deprovisionedDate, range),
      product,
      one,
      month,
      previous,
    ),
    change(
      "referrals-created",
      demoRows("referrals"),
      (r, range) => inDays(r.createdDate, range),
      (r) => name(r.customerMarket),
      one,
      month,
      previous,
    ),
    change("search-searchResultPageViews", search, searched, keyword, one, month, previous),
    change(
      "search-profileViews",
      search,
      (r, range) => searched(r, range) && r.detailsViewed === true,
      keyword,
      one,
      month,
      previous,
    ),
    change(
      "azure-usage",
      demoRows("usage/azure"),
      (r, range) => inDays(r.usageDate, range) && r.meterUnit === unit,
      (r) => name(r.customerName),
      (r) => Number(r.quantity),
      month,
      previous,
    ),
  ];
}

/** Customers with the largest increase and decrease of usage in one unit against the month before. */
export function expectedMovers(month: Range, previous: Range, unit: string, n = 5) {
  const usage = demoRows("usage/azure").filter((r) => r.meterUnit === unit);
  const sum = (range: Range) =>
    sumBy(
      usage.filter((r) => inDays(r.usageDate, range)),
      (r) => name(r.customerName),
      (r) => Number(r.quantity),
    );
  const now = sum(month);
  const before = sum(previous);
  const all = [...new Set([...now.keys(), ...before.keys()])].map((customer) => ({
    customer,
    current: now.get(customer) ?? 0,
    delta: (now.get(customer) ?? 0) - (before.get(customer) ?? 0),
  }));
  const byName = (a: { customer: string }, b: { customer: string }) => (a.customer < b.customer ? -1 : 1);
  return {
    up: all
      .filter((m) => m.delta > 0)
      .sort((a, b) => b.delta - a.delta || byName(a, b))
      .slice(0, n),
    down: all
      .filter((m) => m.delta < 0)
      .sort((a, b) => a.delta - b.delta || byName(a, b))
      .slice(0, n),
  };
}

/** Subscriptions not deprovisioned, auto-renew off, commitment ending in the range: per customer, most first. */
export function expectedRenewals(due: Range) {
  const rows = demoRows("subscriptions").filter(
    (r) => r.status !== "DEPROVISIONED" && r.autoRenewEnabled === false && inDays(r.commitmentEndDate, due),
  );
  const count = sumBy(
    rows,
    (r) => name(r.customerName),
    () => 1,
  );
  const licences = sumBy(
    rows,
    (r) => name(r.customerName),
    (r) => Number(r.licenseCount),
  );
  return [...count]
    .map(([customer, subscriptions]) => ({ customer, subscriptions, licences: licences.get(customer)! }))
    .sort((a, b) => b.subscriptions - a.subscriptions || (a.customer < b.customer ? -1 : 1));
}
