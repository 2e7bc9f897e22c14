export type ThemeChoice = "system" | "light" | "dark";
const KEY = "pca-theme";
const SYSTEM_DARK = "(prefers-color-scheme: dark)";

export function readThemeChoice(): ThemeChoice {
  const stored = localStorage.getItem(KEY);
  return stored === "light" || stored === "dark" ? stored : "system";
}

/**
 * Applies the choice to <html>: `.dark` when the page is dark, `.light` when light was chosen over the system's
 * dark. Before this runs (the first ~200 ms of a load), styles.css already follows prefers-color-scheme, so a
 * dark system never flashes white; only a choice unlike the system's waits for the script. Print is always light.
 */
export function applyTheme(choice: ThemeChoice): void {
  if (choice === "system") localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, choice);
  const dark = choice === "dark" || (choice === "system" && window.matchMedia(SYSTEM_DARK).matches);
  const root = document.documentElement;
  root.classList.toggle("dark", dark);
  root.classList.toggle("light", choice === "light");
  root.style.colorScheme = dark ? "dark" : "light";
}

/** Keeps "system" in step when the system's theme changes while the app is open. */
export function followSystemTheme(): void {
  window.matchMedia(SYSTEM_DARK).addEventListener("change", () => {
    if (readThemeChoice() === "system") applyTheme("system");
  });
}
