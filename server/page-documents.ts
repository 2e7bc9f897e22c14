// Where a page's own document lives in the build: the overview's is index.html, every other page's
// routes/<page>.html. The build writes them (scripts/route-preload.ts) and the server sends them (app.ts).
export const PAGE_DOCUMENTS_DIR = "routes";

/** The file a path's document is written to, under the build directory. */
export function documentFor(path: string): string {
  return path === "/" ? "index.html" : `${PAGE_DOCUMENTS_DIR}${path}.html`;
}
