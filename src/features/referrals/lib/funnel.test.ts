import { describe, expect, test } from "vitest";
import { NOT_SET } from "../../../lib/grouped-series.ts";
import { funnelTable, referralFunnel } from "./funnel.ts";

const at = "2026-09-01T00:00:00.000Z";
const row = (status: string | null, reached: number, referralCount: number) => ({
  status,
  acknowledgedDate: reached >= 1 ? at : null,
  acceptedDate: reached >= 2 ? at : null,
  wonDate: reached >= 3 ? at : null,
  referralCount,
});

describe("referralFunnel", () => {
  const steps = referralFunnel([
    row("Created", 0, 4),
    row("Skipped", 0, 3),
    row("Missed", 0, 2),
    row("Archived", 0, 1),
    row("Acknowledged", 1, 5),
    row("Expired", 1, 2),
    row("Declined", 1, 6),
    row("Accepted", 2, 7),
    row("Lost", 2, 8),
    row("Won", 3, 9),
    row("Archived", 3, 1),
  ]);

  test("a step counts every referral that reached it, whatever its status now", () => {
    expect(steps.map((s) => [s.key, s.value])).toEqual([
      ["Created", 48],
      ["Acknowledged", 38],
      ["Accepted", 25],
      ["Won", 10],
    ]);
  });

  test("exits sit under the last step reached, in lifecycle order; waiting referrals are not exits", () => {
    expect(steps.map((s) => s.exits?.map((e) => `${e.key}:${e.value}`))).toEqual([
      ["Skipped:3", "Missed:2", "Archived:1"],
      ["Declined:6", "Expired:2"],
      ["Lost:8"],
      ["Archived:1"],
    ]);
  });

  test("undocumented statuses are kept as they come, after the known ones", () => {
    const [created] = referralFunnel([row("Skipped", 0, 1), row("OnHold", 0, 5), row(null, 0, 2)]);
    expect(created!.exits!.map((e) => e.label)).toEqual(["Skipped", "OnHold", NOT_SET]);
    expect(created!.value).toBe(8);
  });

  test("a milestone date without the earlier ones still counts for its own step", () => {
    const steps = referralFunnel([{ status: "Won", wonDate: at, referralCount: 2 }]);
    expect(steps.map((s) => s.value)).toEqual([2, 0, 0, 2]);
    expect(steps.flatMap((s) => s.exits)).toEqual([]);
  });
});

describe("funnelTable", () => {
  test("steps with their conversion, each followed by its exits", () => {
    const table = funnelTable(referralFunnel([row("Won", 3, 1), row("Lost", 2, 1), row("Skipped", 0, 2)]));
    expect(table.rows).toEqual([
      ["Created", 4, null],
      ["↳ Skipped (left after Created)", 2, null],
      ["Acknowledged", 2, "50%"],
      ["Accepted", 2, "100%"],
      ["↳ Lost (left after Accepted)", 1, null],
      ["Won", 1, "50%"],
    ]);
    expect(table.formatCell!(1234, 1)).toBe("1,234");
  });

  test("a step after an empty one has no conversion to show", () => {
    expect(funnelTable(referralFunnel([])).rows[1]).toEqual(["Acknowledged", 0, "—"]);
  });
});
