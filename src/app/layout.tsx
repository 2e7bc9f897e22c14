import { useState, type ReactNode } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { AccountMenu } from "../auth/account-menu.tsx";
import { sharedSearch } from "../lib/view-state.ts";
import { NAV_ITEMS } from "./nav-links.ts";
import { applyTheme, readThemeChoice, type ThemeChoice } from "./theme.ts";
import { Select } from "../components/ui/select.tsx";

interface LayoutProps {
  demo: boolean;
  referrals: boolean;
  children: ReactNode;
}

export function Layout({ demo, referrals, children }: LayoutProps) {
  const [location] = useLocation();
  const search = useSearch();
  const [theme, setTheme] = useState<ThemeChoice>(readThemeChoice);
  // Switching pages keeps the shared part of the view (range, comparison, market) and drops page filters.
  const keep = sharedSearch(search);
  const items = NAV_ITEMS.filter((item) => referrals || item.path !== "/referrals");

  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-slate-900"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="text-lg font-bold">
            Partner Center Analytics
            {demo && (
              <span className="ml-2 rounded bg-amber-200 px-2 py-0.5 align-middle text-xs font-semibold text-amber-950">
                Demo data
              </span>
            )}
          </p>
          <div className="flex items-center gap-2">
            <label className="text-sm">
              <span className="sr-only">Theme</span>
              <Select
                value={theme}
                onChange={(e) => {
                  const next = e.target.value as ThemeChoice;
                  setTheme(next);
                  applyTheme(next);
                }}
              >
                <option value="system">System theme</option>
                <option value="light">Light</option>
                <option value="dark">Dark</option>
              </Select>
            </label>
            <AccountMenu />
          </div>
        </div>
        <nav aria-label="Pages" className="mx-auto max-w-7xl px-4">
          <ul className="flex flex-wrap gap-1">
            {items.map((item) => {
              const current = location === item.path;
              return (
                <li key={item.path}>
                  <Link
                    href={`${item.path}${keep ? `?${keep}` : ""}`}
                    aria-current={current ? "page" : undefined}
                    className={`inline-block border-b-2 px-3 py-2 text-sm font-medium ${current ? "border-blue-700 text-blue-800 dark:border-blue-400 dark:text-blue-200" : "border-transparent text-slate-700 hover:border-slate-400 dark:text-slate-300"}`}
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 print:max-w-none print:p-0">
        {children}
      </main>
    </div>
  );
}
