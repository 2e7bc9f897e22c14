import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Item } from "../../lib/card-data.ts";
import { BarListChart } from "./bar-list-chart.tsx";

// Bad input: names of any length and script, and values no list was sized for. Layout itself is measured in the
// browser (e2e/specs/layout.spec.ts); here, what each row says and how it is allowed to wrap.
const LONG = `${"Contoso Holdings International ".repeat(10)}GmbH`;
const HOSTILE: Item[] = [
  { key: "long", label: LONG, value: 1e15 },
  { key: "arabic", label: "شركة الاتصالات المتحدة للخدمات الرقمية", value: 75_257_300 },
  { key: "cjk", label: "株式会社東京データプラットフォーム開発センター", value: 17_131 },
  { key: "emoji", label: "🚀 Launch 👩‍👩‍👧‍👦 Family 🇫🇷 SAS", value: 0 },
  { key: "markup", label: "<img src=x onerror=alert(1)> <b>Co</b>", value: -250 },
];

const rows = () => within(screen.getByRole("list")).getAllByRole("listitem");

describe("BarListChart with hostile names and values", () => {
  it("shows a 300-character name by both ends, whole in its title, in a column that wraps anywhere", () => {
    expect(LONG.length).toBeGreaterThan(300);
    render(<BarListChart items={HOSTILE} height={300} />);
    const name = within(rows()[0]!).getByTitle(LONG);
    expect(name.textContent!.length).toBeLessThanOrEqual(48);
    expect(name.textContent).toMatch(/^Contoso Holdings.*….*GmbH$/);
    expect(name.className).toContain("[overflow-wrap:anywhere]");
    expect(name.className).toContain("min-w-0");
  });

  it("keeps right-to-left, CJK and emoji names whole and lets the browser set their direction", () => {
    render(<BarListChart items={HOSTILE} height={300} />);
    for (const item of HOSTILE.slice(1, 4)) {
      const name = screen.getByText(item.label);
      expect(name).toHaveAttribute("dir", "auto");
      expect(name).not.toHaveAttribute("title");
    }
  });

  it("shows markup as text, never as elements", () => {
    const { container } = render(<BarListChart items={HOSTILE} height={300} />);
    expect(screen.getByText("<img src=x onerror=alert(1)> <b>Co</b>")).toBeInTheDocument();
    expect(container.querySelector("img, b")).toBeNull();
  });

  it("writes 10^15 and 75 million compactly with the exact value in the title, and small values exactly", () => {
    render(<BarListChart items={HOSTILE} height={300} unit="1 Hour" />);
    const [long, arabic, cjk] = rows();
    expect(within(long!).getByTitle("1,000,000,000,000,000")).toHaveTextContent(/^1000T 1 Hour$/);
    expect(within(arabic!).getByTitle("75,257,300")).toHaveTextContent(/^75\.3M 1 Hour$/);
    expect(within(cjk!).getByText("17,131")).not.toHaveAttribute("title");
  });

  it("draws a negative or zero value as an empty bar beside its number, and bars stay within their track", () => {
    const { container } = render(<BarListChart items={HOSTILE} height={300} />);
    const widths = [...container.querySelectorAll<HTMLElement>("li > span[aria-hidden=true]")].map((bar) =>
      Number.parseFloat(bar.style.width),
    );
    expect(widths).toHaveLength(HOSTILE.length);
    expect(widths[0]).toBe(100);
    for (const width of widths) expect(width >= 0 && width <= 100).toBe(true);
    expect(widths[3]).toBe(0);
    expect(widths[4]).toBe(0);
    expect(within(rows()[4]!).getByText("-250")).toBeInTheDocument();
  });

  it("draws a list of only negative values without a NaN or an infinite width", () => {
    const { container } = render(
      <BarListChart
        items={[
          { key: "a", label: "Refund A", value: -5 },
          { key: "b", label: "Refund B", value: -1e15 },
        ]}
        height={100}
      />,
    );
    for (const bar of container.querySelectorAll<HTMLElement>("li > span[aria-hidden=true]"))
      expect(bar.style.width).toBe("0%");
  });
});
