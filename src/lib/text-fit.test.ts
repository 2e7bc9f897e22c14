import { describe, expect, it } from "vitest";
import { distinctLabels, middleTruncate } from "./text-fit.ts";

describe("middleTruncate", () => {
  it("leaves a text that fits alone", () => {
    expect(middleTruncate("OFFICE 365 BUSINESS PREMIUM", 40)).toBe("OFFICE 365 BUSINESS PREMIUM");
  });

  it("keeps both ends of a long name, so names that share a beginning stay apart", () => {
    const a = middleTruncate("MICROSOFT 365 BUSINESS STANDARD", 20);
    const b = middleTruncate("MICROSOFT 365 BUSINESS PREMIUM", 20);
    expect([...a].length).toBeLessThanOrEqual(20);
    expect(a).toBe("MICROSOFT…STANDARD");
    expect(b).toBe("MICROSOFT…S PREMIUM");
  });

  it("cuts a 300-character name to the limit", () => {
    const name = "Contoso ".repeat(37) + "Ltd";
    expect(name.length).toBeGreaterThan(290);
    const cut = middleTruncate(name, 48);
    expect([...cut].length).toBeLessThanOrEqual(48);
    expect(cut.startsWith("Contoso")).toBe(true);
    expect(cut.endsWith("Ltd")).toBe(true);
  });

  it("never splits an emoji, a flag or a letter from its accents, and keeps Arabic and CJK whole characters", () => {
    const emoji = "👩‍👩‍👧‍👦🇫🇷".repeat(30);
    const cut = middleTruncate(emoji, 11);
    const segments = [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(cut)];
    expect(segments).toHaveLength(11);
    expect(cut.replace("…", "")).toMatch(/^(👩‍👩‍👧‍👦|🇫🇷)+$/u);
    expect(middleTruncate("شركة الاتصالات المتحدة للخدمات الرقمية", 20)).toMatch(/^شركة.*…/);
    expect(middleTruncate("株式会社東京データプラットフォーム開発センター", 10)).toBe("株式会社東…センター");
  });
});

describe("distinctLabels", () => {
  it("adds the short id to names that repeat, and only to those", () => {
    const items = [
      {
        key: "3f2a9c1e-0000-4000-8000-000000000001",
        label: "DATA PLATFORM (Adatum Telecom S.p.A.)",
        value: 2,
      },
      {
        key: "77b1d0aa-0000-4000-8000-000000000002",
        label: "DATA PLATFORM (Adatum Telecom S.p.A.)",
        value: 1,
      },
      { key: "0c0c0c0c-0000-4000-8000-000000000003", label: "PRODUCTION (Fabrikam)", value: 1 },
    ];
    expect(distinctLabels(items).map((item) => item.label)).toEqual([
      "DATA PLATFORM (Adatum Telecom S.p.A.) · 3f2a9c1e",
      "DATA PLATFORM (Adatum Telecom S.p.A.) · 77b1d0aa",
      "PRODUCTION (Fabrikam)",
    ]);
    expect(distinctLabels(items)[0]!.value).toBe(2);
  });

  it("leaves labels that are their own keys alone, and an empty list empty", () => {
    expect(distinctLabels([{ key: "Storage", label: "Storage" }])).toEqual([
      { key: "Storage", label: "Storage" },
    ]);
    expect(distinctLabels([])).toEqual([]);
  });
});
