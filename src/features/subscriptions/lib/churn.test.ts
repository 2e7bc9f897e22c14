import { describe, expect, it } from "vitest";
import { churnSeries } from "./churn.ts";

describe("churnSeries", () => {
  it("sets creations against deprovisions per bucket, with the net", () => {
    const buckets = ["2026-01-01", "2026-02-01", "2026-03-01"];
    const created = [
      { creationDate: "2026-01-01T00:00:00.000Z", status: "ACTIVE", subscriptionCount: 5 },
      { creationDate: "2026-01-01T00:00:00.000Z", status: "DEPROVISIONED", subscriptionCount: 1 },
      { creationDate: "2026-03-01T00:00:00.000Z", status: "ACTIVE", subscriptionCount: 2 },
    ];
    const deprovisioned = [{ deprovisionedDate: "2026-02-01T00:00:00.000Z", subscriptionCount: 4 }];
    const churn = churnSeries(created, deprovisioned, buckets, "month");
    expect(churn.created.values).toEqual([6, 0, 2]);
    expect(churn.deprovisioned.values).toEqual([0, 4, 0]);
    expect(churn.net.values).toEqual([6, -4, 2]);
  });
});
