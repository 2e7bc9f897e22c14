import { readdirSync } from "node:fs";
import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import jsxA11y from "eslint-plugin-jsx-a11y";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const FEATURES = readdirSync("src/features");

// One-way imports (architecture.md): lib/components/api -> features -> app; src never imports mock/server.
const noUpward = (message, patterns) => ({
  "no-restricted-imports": ["error", { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  {
    ignores: [
      ".tmp-*",
      "dist",
      "node_modules",
      "public/mockServiceWorker.js",
      "test-results",
      "playwright-report",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs["flat/recommended"],
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@tanstack/query/prefer-query-options": "error",
    },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: globals.node },
  },
  {
    // Hooks live in .ts files too (use-view-state.ts, use-groups.ts): the rules of hooks apply to them.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "import-x": importX },
    // import-x reads .js files only unless told; imports carry their .ts extension, so Node's resolution finds them.
    settings: {
      "import-x/extensions": [".ts", ".tsx"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createNodeResolver()],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // import-x skips `import type` here (no runtime effect); the one type-level cycle (errors <-> paging) was
      // broken by hand, and scripts/house-rules.test.ts shows a value cycle fails.
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: ["src/**/*.tsx"],
    plugins: { "jsx-a11y": jsxA11y },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // The UI layer's Select renders a native <select>: a label around it names it.
      "jsx-a11y/label-has-associated-control": ["error", { controlComponents: ["Select"] }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/**/*.test.{ts,tsx}", "src/testing/**"],
    rules: noUpward("product code never imports the mock, the server or test helpers (src/testing)", [
      "**/mock/**",
      "**/server/**",
      "**/testing/**",
    ]),
  },
  {
    files: ["src/components/**", "src/api/**"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: noUpward("shared code never imports features, app, the mock, the server or test helpers", [
      "**/features/**",
      "**/app/**",
      "**/mock/**",
      "**/server/**",
      "**/testing/**",
    ]),
  },
  {
    files: ["src/lib/**"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: noUpward(
      "lib holds pure transforms and hooks: it never imports components, features, app, the mock, the server or test helpers",
      ["**/components/**", "**/features/**", "**/app/**", "**/mock/**", "**/server/**", "**/testing/**"],
    ),
  },
  ...FEATURES.flatMap((feature) => {
    const others = FEATURES.filter((f) => f !== feature).map((f) => `**/${f}/**`);
    const message =
      "features never import app, each other, the mock, the server or test helpers (shared code lives in lib/ or components/; compose in app/)";
    // Tests may read the mock to compute expected numbers independently; code may not.
    return [
      {
        files: [`src/features/${feature}/**`],
        ignores: ["**/*.test.{ts,tsx}"],
        // This block replaces the product-code rule above for feature files (flat config keeps the last
        // no-restricted-imports), so it repeats test helpers.
        rules: noUpward(message, ["**/app/**", "**/mock/**", "**/server/**", "**/testing/**", ...others]),
      },
      {
        files: [`src/features/${feature}/**/*.test.{ts,tsx}`],
        rules: noUpward(message, ["**/app/**", ...others]),
      },
    ];
  }),
);
