import { describe, expect, it } from "vitest";
import type { Change } from "../../../lib/report-section.ts";
import { biggestContributor, sentence, whatChanged, type SentenceFormat } from "./what-changed.ts";

const format: SentenceFormat = {
  number: (n) => n.toLocaleString("en-US"),
  signed: (n) => (n > 0 ? `+${n}` : String(n)),
  percent: (r) => `${r > 0 ? "+" : ""}${(r * 100).toFixed(1)}%`,
  month: "October 2026",
  previousMonth: "September 2026",
};

const change = (key: string, current: number, previous: number, parts: Change["parts"] = []): Change => ({
  key,
  measure: key,
  current,
  previous,
  partKind: "product",
  parts,
});

describe("biggestContributor", () => {
  it("picks the part that moved most in the direction of the whole", () => {
    const c = change("New subscriptions", 110, 100, [
      { name: "A", current: 50, previous: 20 },
      { name: "B", current: 10, previous: 50 },
      { name: "C", current: 50, previous: 30 },
    ]);
    expect(biggestContributor(c)).toEqual({ name: "A", delta: 30 });
    const down = { ...c, current: 90 };
    expect(biggestContributor(down)).toEqual({ name: "B", delta: -40 });
  });

  it("breaks ties by name and names nobody when no part moved that way", () => {
    const tie = change("x", 12, 10, [
      { name: "Zeta", current: 2, previous: 1 },
      { name: "Alpha", current: 2, previous: 1 },
    ]);
    expect(biggestContributor(tie)).toEqual({ name: "Alpha", delta: 1 });
    expect(biggestContributor(change("x", 12, 10, [{ name: "A", current: 1, previous: 3 }]))).toBeNull();
  });
});

describe("sentence", () => {
  it("names the measure, the change in absolute and per cent, and the contributor", () => {
    const s = sentence(
      change("New subscriptions", 1080, 960, [{ name: "Microsoft 365 E3", current: 100, previous: 55 }]),
      format,
    );
    expect(s.text).toBe(
      "New subscriptions rose by 120 (+12.5%, from 960 in September 2026) to 1,080 in October 2026; the product that moved most: Microsoft 365 E3 (+45).",
    );
    expect(s).toMatchObject({ delta: 120, ratio: 0.125 });
  });

  it("says a fall, something from nothing, and no change", () => {
    expect(sentence(change("Referrals won", 3, 4), format).text).toBe(
      "Referrals won fell by 1 (-25.0%, from 4 in September 2026) to 3 in October 2026.",
    );
    expect(sentence(change("Trials", 5, 0), format)).toMatchObject({
      ratio: null,
      text: "Trials rose by 5 (from none in September 2026) to 5 in October 2026.",
    });
    expect(sentence(change("Views", 7, 7), format).text).toBe(
      "Views held at 7 in October 2026, as in September 2026.",
    );
  });

  it("names the unit of a quantity", () => {
    expect(sentence({ ...change("Azure usage", 20, 10), unit: "1 Hour" }, format).text).toMatch(
      /^Azure usage \(1 Hour\) rose by 10/,
    );
  });
});

describe("whatChanged", () => {
  it("ranks by relative change, keeps at most eight and leaves out measures zero in both months", () => {
    const changes = [
      change("small", 101, 100),
      change("big", 200, 100),
      change("new", 3, 0),
      change("zero", 0, 0),
      ...Array.from({ length: 8 }, (_, i) => change(`m${i}`, 110 + i, 100)),
    ];
    const keys = whatChanged(changes, format).map((s) => s.key);
    expect(keys).toHaveLength(8);
    expect(keys.slice(0, 3)).toEqual(["new", "big", "m7"]);
    expect(keys).not.toContain("zero");
    expect(keys).not.toContain("small");
  });

  it("fills up to four sentences with quiet measures when little moved", () => {
    const keys = whatChanged(
      [change("a", 0, 0), change("b", 2, 1), change("c", 0, 0), change("d", 5, 5)],
      format,
    ).map((s) => s.key);
    expect(keys).toEqual(["b", "d", "a", "c"]);
  });

  it("is the same for the same numbers in any order", () => {
    const changes = [change("x", 2, 1), change("y", 4, 2), change("z", 9, 3)];
    expect(whatChanged(changes, format)).toEqual(whatChanged([...changes].reverse(), format));
  });
});
