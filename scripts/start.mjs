// `npm start`: builds the SPA when dist/ is missing or older than its sources, then starts the demo server.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = ["src", "public", "index.html", "redirect.html", "vite.config.ts", "package-lock.json"];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = existsSync("dist/index.html") ? statSync("dist/index.html").mtimeMs : 0;
if (Math.max(...SOURCES.map(newest)) > built) {
  console.log("Building the dashboard (dist/ is missing or older than the sources)…");
  const result = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const server = spawnSync("npx", ["tsx", "server/main.ts"], { stdio: "inherit" });
process.exit(server.status ?? 0);
