import { readdirSync } from "node:fs";
import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const FEATURES = readdirSync("src/features");

// One-way imports (architecture.md): lib/components/api -> features -> app; src never imports mock/server.
const noUpward = (message, patterns) => ({
  "no-restricted-imports": ["error", { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: [".tmp-*", "dist", "node_modules", "public/mockServiceWorker.js", "test-results", "playwright-report"] },
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
    files: ["src/**/*.tsx"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/**/*.test.{ts,tsx}", "src/testing/**"],
    rules: noUpward("src/ never imports the mock or the server", ["**/mock/**", "**/server/**"]),
  },
  {
    files: ["src/lib/**", "src/components/**", "src/api/**"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: noUpward("shared code never imports features or app", ["**/features/**", "**/app/**", "**/mock/**", "**/server/**"]),
  },
  ...FEATURES.flatMap((feature) => {
    const others = FEATURES.filter((f) => f !== feature).map((f) => `**/${f}/**`);
    const message = "features never import app or each other (shared code lives in lib/ or components/; compose in app/)";
    // Tests may read the mock to compute expected numbers independently; code may not.
    return [
      { files: [`src/features/${feature}/**`], ignores: ["**/*.test.{ts,tsx}"], rules: noUpward(message, ["**/app/**", "**/mock/**", "**/server/**", ...others]) },
      { files: [`src/features/${feature}/**/*.test.{ts,tsx}`], rules: noUpward(message, ["**/app/**", ...others]) },
    ];
  }),
);
