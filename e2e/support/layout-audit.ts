// Runs inside the page (page.evaluate): everything it needs is in this one function, no imports.

export interface AuditResult {
  /** Text past its card, text cut off with no way to read it whole, the page scrolling sideways. */
  overflow: string[];
  /** Two rows of one list that read the same on screen. */
  duplicates: string[];
  /** Every delta on the page: the measure it belongs to, its sign and the tone of its colour. */
  deltas: { name: string; sign: number; tone: "good" | "bad" | "neutral" }[];
  /** A visible chart tooltip in the other theme's colours (a white box on the dark theme). */
  tooltips: string[];
}

/**
 * What a reader sees, judged from the rendered page: text runs are measured with ranges (not element boxes, which
 * may be inside the card while their text is not), clipping is whatever ancestor hides overflow, and a list's rows
 * are compared by their visible first text, so a CSS ellipsis that hides the distinguishing end counts as equal.
 */
export function auditPage(): AuditResult {
  const overflow: string[] = [];
  const duplicates: string[] = [];
  const main = document.querySelector("main")!;
  const cardOf = (el: Element) => el.closest("[data-kpi], section, main")!;
  const cardName = (card: Element) =>
    card.getAttribute("data-kpi") ??
    card.querySelector("h2, h3")?.textContent?.trim() ??
    card.getAttribute("aria-label") ??
    card.tagName.toLowerCase();
  const short = (text: string) => {
    const t = text.replace(/\s+/g, " ").trim();
    return t.length > 60 ? `${t.slice(0, 57)}…` : t;
  };
  const hidden = (el: Element) => {
    for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === "none" || s.visibility === "hidden") return true;
      if (s.position === "absolute" && s.clip !== "auto" && s.clip !== "") return true; // sr-only
      if (s.clipPath !== "none") return true;
    }
    return false;
  };
  /** The nearest ancestor below the card that hides what overflows it, and whether a user can scroll it. */
  const clipperOf = (el: Element, card: Element) => {
    for (let e: Element | null = el; e && e !== card; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.overflowX !== "visible" || s.overflowY !== "visible")
        return { el: e, scrolls: /auto|scroll/.test(`${s.overflowX} ${s.overflowY}`) };
    }
    return null;
  };
  // Any CSS colour (Tailwind 4 computes oklch) as sRGB, through a canvas pixel.
  const paint = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
  const rgb = (color: string) => {
    paint.clearRect(0, 0, 1, 1);
    paint.fillStyle = color;
    paint.fillRect(0, 0, 1, 1);
    return [...paint.getImageData(0, 0, 1, 1).data].slice(0, 3) as [number, number, number];
  };
  const inside = (r: DOMRect, box: DOMRect) =>
    r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
  const textRect = (node: Text) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return range.getBoundingClientRect();
  };
  /** The characters of a text node that are inside the box (what is left on screen of a clipped text). */
  const visiblePart = (node: Text, box: DOMRect) => {
    const range = document.createRange();
    let out = "";
    for (let i = 0; i < node.data.length; i += 1) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const r = range.getBoundingClientRect();
      if (r.width === 0 || inside(r, box)) out += node.data[i];
    }
    return out;
  };

  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const reported = new Set<Element>();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const el = node.parentElement!;
    if (!node.data.trim() || reported.has(el) || hidden(el)) continue;
    const rect = textRect(node);
    if (rect.width === 0 && rect.height === 0) continue;
    const card = cardOf(el);
    const clipper = clipperOf(el, card);
    const where = `${cardName(card)}: "${short(el.textContent ?? "")}"`;
    if (clipper && !inside(rect, clipper.el.getBoundingClientRect())) {
      if (clipper.scrolls) continue;
      const title = el.closest("[title]")?.getAttribute("title");
      const ellipsis = getComputedStyle(el).textOverflow === "ellipsis";
      overflow.push(
        `cut off in ${where}${ellipsis ? " (ellipsis)" : ""}${title ? "; only a hover title has the whole text" : "; no way to read it whole"}`,
      );
      reported.add(el);
    } else if (!clipper && !inside(rect, card.getBoundingClientRect())) {
      overflow.push(`runs past its card in ${where}`);
      reported.add(el);
    }
  }
  const scroller = document.scrollingElement!;
  if (scroller.scrollWidth > scroller.clientWidth + 1)
    overflow.push(
      `the page scrolls sideways: ${scroller.scrollWidth}px of content in ${scroller.clientWidth}px`,
    );

  /** An element's text as it reads on screen: what its clipping box (if any) leaves visible. */
  const onScreen = (el: Element, within: Element) => {
    const clipper = clipperOf(el, within);
    const box = clipper?.el.getBoundingClientRect();
    const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let out = "";
    for (let node = texts.nextNode() as Text | null; node; node = texts.nextNode() as Text | null)
      if (!hidden(node.parentElement!)) out += box ? visiblePart(node, box) : node.data;
    return out.replace(/\s+/g, " ").replace(/…$/, "").trim();
  };
  /** A list row's name is its first piece of text (the rest is its numbers); a table row's, its cells of words. */
  const rowName = (row: Element) => {
    if (row.tagName === "TR")
      return [...row.children]
        .map((cell) => onScreen(cell, row))
        .filter((text) => !/^[\d\s.,%()+−–—-]*$/.test(text))
        .join(" | ");
    const first = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    for (let node = first.nextNode() as Text | null; node; node = first.nextNode() as Text | null)
      if (node.data.trim() && !hidden(node.parentElement!)) return onScreen(node.parentElement!, row);
    return "";
  };
  const lists: [Element, Element[]][] = [
    ...[...main.querySelectorAll("ol, ul")].map((list) => [list, [...list.children]] as [Element, Element[]]),
    ...[...main.querySelectorAll("tbody")].map(
      (body) => [body, [...body.querySelectorAll(":scope > tr")]] as [Element, Element[]],
    ),
  ];
  for (const [list, rows] of lists) {
    if (hidden(list)) continue;
    const seen = new Map<string, number>();
    for (const row of rows) {
      const name = rowName(row);
      if (name) seen.set(name, (seen.get(name) ?? 0) + 1);
    }
    for (const [name, count] of seen)
      if (count > 1) duplicates.push(`${cardName(cardOf(list))}: ${count} rows read "${short(name)}"`);
  }

  const tone = (color: string): "good" | "bad" | "neutral" => {
    const [r, g, b] = rgb(color);
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    if (max - min < 40) return "neutral";
    if (max === g && g - r > 40) return "good";
    if (max === r && r - g > 40 && r - b > 20) return "bad";
    return "neutral";
  };
  const deltas = [...main.querySelectorAll("[aria-hidden=true]")]
    .filter((arrow) => /^[▲▼■]$/.test(arrow.textContent?.trim() ?? "") && !hidden(arrow))
    .map((arrow) => {
      const delta = arrow.parentElement!;
      const name =
        delta.closest("[data-measure]")?.getAttribute("data-measure") ??
        delta.closest("[data-kpi]")?.getAttribute("data-kpi") ??
        delta.closest("tr")?.querySelector("th")?.textContent?.trim() ??
        "(unnamed)";
      const symbol = arrow.textContent!.trim();
      return {
        name,
        sign: symbol === "▲" ? 1 : symbol === "▼" ? -1 : 0,
        tone: tone(getComputedStyle(delta).color),
      };
    });
  const luminance = (color: string) => {
    const [r, g, b] = rgb(color).map((c) =>
      c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4,
    );
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  // The report is paper (.light) on either theme.
  const darkAround = (el: Element) =>
    document.documentElement.classList.contains("dark") && !el.closest(".light");
  const tooltips = [...main.querySelectorAll(".recharts-default-tooltip")]
    .filter((tip) => !hidden(tip) && tip.getBoundingClientRect().width > 0)
    .map((tip) => ({ dark: darkAround(tip), background: getComputedStyle(tip).backgroundColor }))
    .filter(({ dark, background }) => luminance(background) > 0.4 === dark)
    .map(
      ({ dark, background }) =>
        `a chart tooltip is ${dark ? "light" : "dark"} (${background}) on the ${dark ? "dark" : "light"} theme`,
    );
  return { overflow, duplicates, deltas, tooltips };
}
