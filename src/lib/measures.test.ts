import { describe, expect, it } from "vitest";
import { deltaTone, MEASURE_DIRECTIONS, type MeasureKey } from "./measures.ts";

describe("measure directions", () => {
  it("declares the issue's examples the way a partner reads them", () => {
    expect(MEASURE_DIRECTIONS["new-subscriptions"]).toBe("up-good");
    expect(MEASURE_DIRECTIONS["referrals-won"]).toBe("up-good");
    expect(MEASURE_DIRECTIONS.deprovisioned).toBe("up-bad");
    expect(MEASURE_DIRECTIONS["usage-quantity"]).toBe("neutral");
  });

  it("colours a rise in deprovisioned subscriptions as bad and a fall in new ones as bad", () => {
    expect(deltaTone("deprovisioned", 15)).toBe("bad");
    expect(deltaTone("deprovisioned", -3)).toBe("good");
    expect(deltaTone("new-subscriptions", -88)).toBe("bad");
    expect(deltaTone("new-subscriptions", 4)).toBe("good");
  });

  it("gives no tone to a neutral measure, to no change and to a change that is not a number", () => {
    expect(deltaTone("usage-quantity", 1e9)).toBe("neutral");
    expect(deltaTone("usage-quantity", -1e9)).toBe("neutral");
    expect(deltaTone("referrals-won", 0)).toBe("neutral");
    expect(deltaTone("referrals-won", Number.NaN)).toBe("neutral");
  });

  it("gives every measure a tone for a rise and the opposite one for a fall, unless it is neutral", () => {
    for (const measure of Object.keys(MEASURE_DIRECTIONS) as MeasureKey[]) {
      const up = deltaTone(measure, 1);
      const down = deltaTone(measure, -1);
      if (MEASURE_DIRECTIONS[measure] === "neutral") expect([up, down]).toEqual(["neutral", "neutral"]);
      else expect(new Set([up, down])).toEqual(new Set(["good", "bad"]));
    }
  });
});
