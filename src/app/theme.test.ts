import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { applyTheme, followSystemTheme, readThemeChoice } from "./theme.ts";

// A system theme the test can switch, with the change event a browser sends.
function systemTheme(initiallyDark: boolean) {
  const query = new EventTarget() as EventTarget & { matches: boolean };
  query.matches = initiallyDark;
  vi.stubGlobal("matchMedia", () => query);
  return (dark: boolean) => {
    query.matches = dark;
    query.dispatchEvent(new Event("change"));
  };
}

const rootClasses = () => [...document.documentElement.classList].sort();

describe("applyTheme", () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.className = "";
  });
  afterEach(() => vi.unstubAllGlobals());

  it("marks <html> so the stylesheet's media query and the choice agree", () => {
    systemTheme(true);
    applyTheme("system");
    expect(rootClasses()).toEqual(["dark"]);
    applyTheme("light");
    // `.light` overrides the dark system's media query in styles.css.
    expect(rootClasses()).toEqual(["light"]);
    expect(document.documentElement.style.colorScheme).toBe("light");
    applyTheme("dark");
    expect(rootClasses()).toEqual(["dark"]);
    expect(document.documentElement.style.colorScheme).toBe("dark");
  });

  it("on a light system, system means neither mark", () => {
    systemTheme(false);
    applyTheme("system");
    expect(rootClasses()).toEqual([]);
    expect(readThemeChoice()).toBe("system");
  });

  it("remembers an explicit choice and forgets it for system", () => {
    systemTheme(false);
    applyTheme("dark");
    expect(readThemeChoice()).toBe("dark");
    applyTheme("system");
    expect(readThemeChoice()).toBe("system");
    expect(localStorage.length).toBe(0);
  });

  it("follows the system's change only while the choice is system", () => {
    const setSystem = systemTheme(false);
    applyTheme("system");
    followSystemTheme();
    setSystem(true);
    expect(rootClasses()).toEqual(["dark"]);
    applyTheme("light");
    setSystem(false);
    setSystem(true);
    expect(rootClasses()).toEqual(["light"]);
  });
});
