import { describe, expect, it } from "vitest";
import { fitNumber, formatCompact } from "./format.ts";

// The test environment's locale is en-US (navigator.language in jsdom).
describe("fitNumber", () => {
  it("keeps a number that fits exact", () => {
    expect(fitNumber(17_131, 7)).toEqual({ text: "17,131", exact: "17,131" });
    expect(fitNumber(-42, 7)).toEqual({ text: "-42", exact: "-42" });
  });

  it("writes one that does not fit compactly, with the exact value beside it", () => {
    expect(fitNumber(75_257_300, 7)).toEqual({ text: "75.3M", exact: "75,257,300" });
    expect(fitNumber(-1_234_567, 7)).toEqual({ text: "-1.2M", exact: "-1,234,567" });
  });

  it("keeps 10^15 short", () => {
    const { text, exact } = fitNumber(1e15, 7);
    expect(text.length).toBeLessThanOrEqual(7);
    expect(exact).toBe("1,000,000,000,000,000");
    expect(formatCompact(1e15)).toBe(text);
  });
});
