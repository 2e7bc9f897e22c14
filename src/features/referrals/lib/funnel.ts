import type { GroupedRow } from "../../../api/resources.ts";
import type { FunnelStep } from "../../../components/funnel.tsx";
import type { TableData } from "../../../lib/card-data.ts";
import { formatNumber, formatShare } from "../../../lib/format.ts";
import { keyOf, labelOf } from "../../../lib/grouped-series.ts";

type Row = GroupedRow<"referrals">;
type Milestone = "acknowledgedDate" | "acceptedDate" | "wonDate";

/** Each step is named after the status a referral has while it waits there, which is also its drill-down filter. */
export const FUNNEL_STEPS = ["Created", "Acknowledged", "Accepted", "Won"] as const;
const STEPS: readonly { key: string; field: Milestone | null }[] = [
  { key: FUNNEL_STEPS[0], field: null },
  { key: FUNNEL_STEPS[1], field: "acknowledgedDate" },
  { key: FUNNEL_STEPS[2], field: "acceptedDate" },
  { key: FUNNEL_STEPS[3], field: "wonDate" },
];
const EXIT_ORDER = ["Skipped", "Missed", "Declined", "Expired", "Lost", "Archived"];

const exitRank = (key: string) => {
  const i = EXIT_ORDER.indexOf(key);
  return i === -1 ? EXIT_ORDER.length : i;
};

/**
 * The funnel of a cohort of referrals. A step counts every referral whose date for it is set (so a won referral
 * that was later archived still counts as won). A referral whose status is not the status of the last step it
 * reached has left there: that status is its exit. Statuses nobody documented are kept, as they come.
 */
export function referralFunnel(rows: readonly Row[]): FunnelStep[] {
  const values = STEPS.map(() => 0);
  const exits = STEPS.map(() => new Map<string, number>());
  for (const row of rows) {
    const count = row.referralCount ?? 0;
    let last = 0;
    STEPS.forEach((step, i) => {
      if (step.field !== null && row[step.field] == null) return;
      values[i]! += count;
      last = i;
    });
    const status = keyOf(row.status);
    if (status !== STEPS[last]!.key) exits[last]!.set(status, (exits[last]!.get(status) ?? 0) + count);
  }
  return STEPS.map((step, i) => ({
    key: step.key,
    label: step.key,
    value: values[i]!,
    exits: [...exits[i]!]
      .sort(([a, x], [b, y]) => exitRank(a) - exitRank(b) || y - x || a.localeCompare(b))
      .map(([key, value]) => ({ key, label: labelOf(key), value })),
  }));
}

/** The funnel as a table: each step with its conversion from the step before, then the exits after it. */
export function funnelTable(steps: readonly FunnelStep[]): TableData {
  const rows = steps.flatMap((step, i) => {
    const previous = i > 0 ? steps[i - 1]!.value : null;
    const share = previous === null ? null : previous > 0 ? formatShare(step.value / previous) : "—";
    return [
      [step.label, step.value, share] as const,
      ...(step.exits ?? []).map(
        (exit) => [`↳ ${exit.label} (left after ${step.label})`, exit.value, null] as const,
      ),
    ];
  });
  return {
    columns: ["Step", "Referrals", "Of previous step"],
    rows,
    formatCell: (value, column) =>
      value === null ? "" : column === 1 ? formatNumber(Number(value)) : String(value),
  };
}
