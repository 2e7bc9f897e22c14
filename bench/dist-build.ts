// The benchmark measures the production build; this makes sure dist/ exists and is not older than its sources.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const MANIFEST = "dist/.vite/manifest.json";
const SOURCES = [
  "src",
  "public",
  "index.html",
  "redirect.html",
  "vite.config.ts",
  "package-lock.json",
  "tailwind.config.ts",
];

export interface BuildState {
  status: "fresh" | "built" | "stale";
  /** Why a stale build was used (the build failed); the numbers then describe that older build. */
  warning?: string;
  builtAt: string;
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

function viteBuild(): { ok: boolean; tail: string } {
  // Piped, not inherited: the build's chunk list would drown the benchmark's own output.
  const result = spawnSync("npx", ["vite", "build"], {
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n");
  return { ok: result.status === 0, tail: output.slice(-12).join("\n") };
}

/** Builds when dist/ is missing or older than any source; a failed build falls back to an existing dist/. */
export function ensureBuild({ skip }: { skip: boolean }): BuildState {
  const builtAt = () => new Date(statSync(MANIFEST).mtimeMs).toISOString();
  const stale =
    !existsSync(MANIFEST) || SOURCES.some((path) => newestMtime(path) > statSync(MANIFEST).mtimeMs);
  if (skip && existsSync(MANIFEST))
    return {
      status: stale ? "stale" : "fresh",
      warning: stale ? "--no-build: dist/ is older than src/" : undefined,
      builtAt: builtAt(),
    };
  if (!stale) return { status: "fresh", builtAt: builtAt() };
  console.log(
    existsSync(MANIFEST) ? "dist/ is older than its sources: building…" : "No production build: building…",
  );
  const build = viteBuild();
  if (build.ok) return { status: "built", builtAt: builtAt() };
  if (!existsSync(MANIFEST))
    throw new Error(`npx vite build failed and there is no earlier dist/ to measure:\n${build.tail}`);
  const warning = `npx vite build failed; measuring the older dist/ from ${builtAt()}. Build output:\n${build.tail}`;
  console.warn(warning);
  return { status: "stale", warning, builtAt: builtAt() };
}
