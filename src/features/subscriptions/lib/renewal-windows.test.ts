import { describe, expect, it } from "vitest";
import { UNSET_KEY } from "../../../lib/grouped-series.ts";
import { autoRenewLabel, renewalWindows, windowEnd } from "./renewal-windows.ts";

const row = (date: string, autoRenewEnabled: unknown, subscriptionCount: number) => ({
  commitmentEndDate: `${date}T00:00:00.000Z`,
  autoRenewEnabled,
  subscriptionCount,
});

describe("renewalWindows", () => {
  const today = "2026-03-01";
  it("counts today as day 1", () => {
    expect(windowEnd(today, 30)).toBe("2026-03-30");
    expect(windowEnd(today, 90)).toBe("2026-05-29");
  });
  it("splits cumulative windows by auto-renew, on before off", () => {
    const rows = [
      row("2026-03-01", false, 2),
      row("2026-03-30", true, 3),
      row("2026-03-31", true, 4),
      row("2026-05-29", false, 1),
      row("2026-05-30", true, 50),
    ];
    const { keys, windows } = renewalWindows(rows, today);
    expect(keys).toEqual(["true", "false"]);
    expect(windows).toEqual([
      { days: 30, counts: [3, 2], total: 5 },
      { days: 60, counts: [7, 2], total: 9 },
      { days: 90, counts: [7, 3], total: 10 },
    ]);
  });
  it("keeps an auto-renew value it does not know, and ignores the past", () => {
    const { keys, windows } = renewalWindows([row("2026-03-02", null, 1), row("2026-02-28", true, 9)], today);
    expect(keys).toEqual(["true", UNSET_KEY]);
    expect(windows[0]).toEqual({ days: 30, counts: [0, 1], total: 1 });
    expect(keys.map(autoRenewLabel)).toEqual(["Auto-renew on", "Auto-renew not reported"]);
  });
});
