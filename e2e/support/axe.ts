import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

// Issue 9, accessibility: WCAG 2.1 A/AA through axe-core; serious and critical violations fail.
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe (on the page, or on the parts `only` names) and returns the serious and critical violations, each described for an assertion message. */
export async function seriousViolations(page: Page, only: string[] = []): Promise<string[]> {
  // `only`: CSS selectors to check instead of the whole page (axe over 100,000 loaded rows' page takes ~20 s).
  const results = await only
    .reduce((builder, selector) => builder.include(selector), new AxeBuilder({ page }))
    .withTags(WCAG)
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}\n` +
        v.nodes
          .slice(0, 8)
          .map(
            (n) =>
              `    ${n.target.join(" ")}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : ""}`,
          )
          .join("\n") +
        (v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : ""),
    );
}
