import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

// Issue 9, accessibility: WCAG 2.1 A/AA through axe-core; serious and critical violations fail.
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe and returns the serious and critical violations, each described for an assertion message. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
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
