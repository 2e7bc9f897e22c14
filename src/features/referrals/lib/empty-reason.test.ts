import { expect, test } from "vitest";
import { DEFAULT_VIEW } from "../../../lib/view-state.ts";
import { emptyReason } from "./empty-reason.ts";

const range = { from: "2026-08-01", to: "2026-10-31" };

test("names the period, and the filters when some are set", () => {
  expect(emptyReason(DEFAULT_VIEW, range)).toBe(
    "No referrals were created between Aug 1, 2026 and Oct 31, 2026.",
  );
  expect(emptyReason({ ...DEFAULT_VIEW, filters: { status: ["Won"] } }, range, "Nothing")).toBe(
    "Nothing between Aug 1, 2026 and Oct 31, 2026 that match the filters.",
  );
  expect(emptyReason({ ...DEFAULT_VIEW, filters: { status: [] } }, range)).not.toContain("filters");
});
