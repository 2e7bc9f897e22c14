import { expect, test } from "vitest";
import { DEFAULT_VIEW } from "../../../lib/view-state.ts";
import { emptyReason } from "./empty-reason.ts";

test("names the period, and the filters when some are set", () => {
  const range = { from: "2026-08-01", to: "2026-10-31" };
  expect(emptyReason(DEFAULT_VIEW, range)).toBe(
    "Your listing appeared in no search results between Aug 1, 2026 and Oct 31, 2026.",
  );
  expect(emptyReason({ ...DEFAULT_VIEW, filters: { keywordSearchText: "x" } }, range)).toMatch(
    /that match the filters\.$/,
  );
});
