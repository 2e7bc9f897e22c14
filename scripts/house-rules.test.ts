import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The house rules live in eslint.config.js; these fixtures prove each one still fires. Flat config keeps only the
// last no-restricted-imports that matches a file, so a later block can silently drop an earlier rule (it did once).
const eslint = new ESLint();
const ruleIds = async (path: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
};

describe("house rules (lint)", () => {
  it.each([
    ["src/features/search/leak.ts", "../../testing/render-page.tsx"],
    ["src/app/leak.ts", "../testing/render-page.tsx"],
    ["src/components/leak.ts", "../testing/render-page.tsx"],
    ["src/lib/leak.ts", "../testing/render-page.tsx"],
    ["src/api/leak.ts", "../../mock/dataset.ts"],
  ])("%s may not import %s", async (path, target) => {
    const messages = await ruleIds(path, `import { x } from "${target}";\nexport const y = x;\n`);
    expect(messages.join("\n")).toMatch(/no-restricted-imports: .*restricted.*(test helpers|the mock)/);
  });

  it("lib does not import components", async () => {
    const messages = await ruleIds(
      "src/lib/leak.ts",
      'import { PageHeader } from "../components/page-header.tsx";\nexport const y = PageHeader;\n',
    );
    expect(messages.join("\n")).toMatch(/no-restricted-imports: .* lib holds pure transforms/);
  });

  it("a feature does not import another feature", async () => {
    const messages = await ruleIds(
      "src/features/search/leak.ts",
      'import { x } from "../referrals/queries.ts";\nexport const y = x;\n',
    );
    expect(messages.join("\n")).toMatch(/no-restricted-imports: .* features never import/);
  });

  it("test files may use the helpers", async () => {
    const messages = await ruleIds(
      "src/features/search/leak.test.ts",
      'import { renderPage } from "../../testing/render-page.tsx";\nexport const y = renderPage;\n',
    );
    expect(messages).toEqual([]);
  });

  describe("import cycles", () => {
    let dir = "";
    beforeAll(async () => {
      // Real files: the cycle rule resolves imports. A folder of its own under src, removed afterwards.
      dir = await mkdtemp(join("src", "lib", "cycle-fixture-"));
      await writeFile(join(dir, "a.ts"), 'import { b } from "./b.ts";\nexport const a = () => b;\n');
      await writeFile(join(dir, "b.ts"), 'import { a } from "./a.ts";\nexport const b = () => a;\n');
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it("a cycle is an error", async () => {
      const results = await eslint.lintFiles([relative(".", join(dir, "a.ts"))]);
      expect(results[0]?.messages.map((m) => m.ruleId)).toContain("import-x/no-cycle");
    });
  });
});
