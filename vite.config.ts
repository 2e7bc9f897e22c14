import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { routePreload } from "./scripts/route-preload.ts";

// Brotli and gzip copies of every text asset, served by @fastify/static (preCompressed): the first page then
// travels in about 180 KiB instead of close to a megabyte, with no compression work per request.
function precompress(): Plugin {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
    );
  return {
    name: "precompress",
    apply: "build",
    closeBundle() {
      for (const file of walk("dist").filter(
        (f) => /\.(js|css|html|svg|json)$/.test(f) && statSync(f).size > 1024,
      )) {
        const content = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(content));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

// Two HTML entries: the app and the MSAL v5 redirect bridge, which must stay free of the app bundle.
export default defineConfig({
  plugins: [react(), tailwindcss(), routePreload("src/app/routes.tsx"), precompress()],
  build: {
    target: "es2022",
    sourcemap: false,
    manifest: true,
    rollupOptions: { input: { main: "index.html", redirect: "redirect.html" } },
  },
  // npm run dev: the demo server (identity provider, mock API, /pc relay) runs on :8443 beside Vite.
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      "/pc": { target: "https://localhost:8443", secure: false },
      "/config.json": { target: "https://localhost:8443", secure: false },
    },
  },
});
