import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Plugin } from "vite";
import { documentFor } from "../server/page-documents.ts";

// A page's chunk is asked for when the routes module runs, after the whole entry script has arrived and run; a
// modulepreload in the document fetches it alongside the entry instead. The document is the same for every path,
// so the build writes one per page (server/page-documents.ts names it) and the server sends it for that page's path.

/** `page("/path", () => import("./module.tsx")…)` in routes.tsx: the path and the module each page loads. */
export function pageImports(source: string): { path: string; specifier: string }[] {
  const calls = source.match(/\bpage\(/g)?.length ?? 0;
  const pages = [...source.matchAll(/\bpage\(\s*"(\/[a-z-]*)",\s*\(\)\s*=>\s*import\("([^"]+)"\)/g)].map(
    ([, path, specifier]) => ({ path: path!, specifier: specifier! }),
  );
  // Every call must be readable, or its page would silently lose its preload.
  if (pages.length !== calls)
    throw new Error(
      `route-preload: read ${pages.length} of ${calls} page() calls in routes.tsx; write each as page("/path", () => import("…")).`,
    );
  return pages;
}

/** The document with a modulepreload for each file, before its stylesheet (where Vite puts its own). */
export function withPreloads(html: string, files: readonly string[]): string {
  const links = files.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">\n    `).join("");
  const at = html.indexOf('<link rel="stylesheet"');
  if (at < 0) throw new Error("route-preload: the built index.html has no stylesheet link to insert before.");
  return html.slice(0, at) + links + html.slice(at);
}

interface ChunkLike {
  type: "chunk";
  fileName: string;
  imports: string[];
  facadeModuleId: string | null;
  isEntry: boolean;
}

export function routePreload(routesFile: string): Plugin {
  return {
    name: "route-preload",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === "chunk") as ChunkLike[];
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (file: string, seen = new Set<string>()): Set<string> => {
        if (seen.has(file)) return seen;
        seen.add(file);
        for (const dep of byFile.get(file)?.imports ?? []) closure(dep, seen);
        return seen;
      };
      const html = bundle["index.html"];
      const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith("index.html"));
      if (html?.type !== "asset" || !entry)
        throw new Error("route-preload: index.html or its entry is missing.");
      const inDocument = closure(entry.fileName);
      const template = String(html.source);
      for (const { path, specifier } of pageImports(readFileSync(routesFile, "utf8"))) {
        const module = resolve(dirname(routesFile), specifier);
        const chunk = chunks.find((c) => c.facadeModuleId === module);
        if (!chunk) throw new Error(`route-preload: no chunk for ${specifier} (page ${path}).`);
        const files = [...closure(chunk.fileName)].filter((file) => !inDocument.has(file));
        const source = withPreloads(template, files);
        if (path === "/") html.source = source;
        else this.emitFile({ type: "asset", fileName: documentFor(path), source });
      }
    },
  };
}
