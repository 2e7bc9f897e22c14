import { expect, test } from "vitest";
import { DEFAULT_VIEW } from "../../../lib/view-state.ts";
import { noNewResellers, noResellers } from "./empty-reason.ts";

test("says whether the chosen markets or the period explain the empty card", () => {
  const inUs = { ...DEFAULT_VIEW, filters: { market: ["US"] } };
  expect(noResellers(DEFAULT_VIEW)).toBe("No indirect resellers are linked to your partner account yet.");
  expect(noResellers(inUs)).toBe("No indirect resellers are in the chosen markets.");
  expect(noNewResellers(inUs, { from: "2026-08-01", to: "2026-10-31" })).toBe(
    "No reseller in the chosen markets sold its first subscription between Aug 1, 2026 and Oct 31, 2026.",
  );
});
