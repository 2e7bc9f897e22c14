import type { Config } from "tailwindcss";

// Loaded by src/app/styles.css through `@config`: the design tokens that are plain values live here, typed. The dark
// variant is not a config option under Tailwind 4; it is the `@custom-variant dark` in styles.css (system theme
// unless the user picks one; print and the report stay light). Tailwind 4 finds the source files itself.
export const config = {
  theme: {
    extend: {
      fontFamily: {
        sans: ["system-ui", '"Segoe UI"', "Roboto", '"Helvetica Neue"', "Arial", "sans-serif"],
      },
    },
  },
} satisfies Config;

export default config;
