// Finds the Chromium that Playwright drives (CHROMIUM_PATH, or Debian's /usr/bin/chromium); installs it with
// apt-get when running as root on Debian/Ubuntu; otherwise says in one line what to run.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Flags for headless runs on build machines: without the networking ones Chromium keeps calling a closed network. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
  Boolean,
);

export function findChromium() {
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** apt-get install, when this is Debian/Ubuntu and we are root; false when that is not possible here. */
function aptInstall(what, pkg) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) return false;
  console.log(`${what} not found: installing it with apt-get (Debian package '${pkg}')…`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", pkg], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return true;
}

/** pdftoppm (poppler-utils): the report's tests render PDF pages to pixels to see that charts are drawn. */
export function ensurePdftoppm() {
  if (existsSync("/usr/bin/pdftoppm")) return;
  if (aptInstall("pdftoppm", "poppler-utils") && existsSync("/usr/bin/pdftoppm")) return;
  console.error(
    "No pdftoppm found for the report's tests: run `sudo apt-get install -y poppler-utils` (Debian/Ubuntu) or install poppler.",
  );
  process.exit(1);
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (aptInstall("Chromium", "chromium")) {
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    "No Chromium found for the end-to-end tests: run `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.",
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
