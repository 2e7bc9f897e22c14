// `npm run dev`: the demo server on https://localhost:8443 and Vite with hot reload on http://localhost:5173.
import { spawn } from "node:child_process";

const children = [
  // Vite serves the SPA here; the demo server serves everything else and needs no build (DIST_DIR=off).
  spawn("npx", ["tsx", "watch", "server/main.ts"], {
    stdio: "inherit",
    env: { ...process.env, DIST_DIR: "off" },
  }),
  spawn("npx", ["vite"], { stdio: "inherit" }),
];
const stop = () => children.forEach((c) => c.kill("SIGTERM"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
children.forEach((c) => c.on("exit", (code) => (stop(), process.exit(code ?? 0))));
