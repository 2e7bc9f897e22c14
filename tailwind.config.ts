// Tailwind 4 is configured in CSS (src/app/styles.css via @theme); this file documents the content
// roots for editors and tools that still look for a config file.
export default {
  content: ["./index.html", "./src/**/*.{ts,tsx}"],
  darkMode: "class",
};
