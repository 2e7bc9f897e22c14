import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentFor } from "../server/page-documents.ts";
import { pageImports, withPreloads } from "./route-preload.ts";

const routes = readFileSync("src/app/routes.tsx", "utf8");

describe("pageImports", () => {
  it("reads every page of routes.tsx: each <Route path> the app draws has its module", () => {
    const paths = [...routes.matchAll(/<Route path="([^"]+)"/g)].map(([, path]) => path);
    expect(pageImports(routes).map((page) => page.path)).toEqual(paths);
    expect(pageImports(routes)[0]).toEqual({
      path: "/",
      specifier: "../features/overview/overview-page.tsx",
    });
  });

  it("refuses a page() call it cannot read, so no page silently loses its preload", () => {
    const odd = `${routes}\nconst Extra = page(EXTRA_PATH, load);`;
    expect(() => pageImports(odd)).toThrow(/read 7 of 8 page\(\) calls/);
  });
});

describe("documents", () => {
  it("go to index.html for the overview and routes/<page>.html for the others", () => {
    expect(documentFor("/")).toBe("index.html");
    expect(documentFor("/azure-usage")).toBe("routes/azure-usage.html");
  });

  it("get a modulepreload per file, before the stylesheet", () => {
    const html =
      '<head>\n    <script type="module" src="/assets/main.js"></script>\n    <link rel="stylesheet" href="/assets/main.css">\n</head>';
    const out = withPreloads(html, ["assets/page.js", "assets/dep.js"]);
    expect(out.indexOf('href="/assets/page.js"')).toBeLessThan(out.indexOf('href="/assets/dep.js"'));
    expect(out.indexOf('href="/assets/dep.js"')).toBeLessThan(out.indexOf("stylesheet"));
    expect(out.match(/rel="modulepreload" crossorigin/g)).toHaveLength(2);
    expect(() => withPreloads("<head></head>", ["a.js"])).toThrow(/no stylesheet link/);
  });
});
