import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TokenCacheContext } from "@azure/msal-node";
import { afterAll, describe, expect, it } from "vitest";
import { checkTokenCache, fileCachePlugin, TokenCacheError, tokenCacheFile } from "./token-cache.ts";

const dir = mkdtempSync(join(tmpdir(), "token-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// What MSAL hands the plugin: a cache that can be read from and written to text.
function context(changed: boolean, text = "{}") {
  let loaded = "";
  const value = {
    cacheHasChanged: changed,
    tokenCache: { serialize: () => text, deserialize: (t: string) => void (loaded = t) },
  } as unknown as TokenCacheContext;
  return { value, loaded: () => loaded };
}

describe("the token cache file", () => {
  it("is written readable by its owner only, in a folder of its own, and read back", async () => {
    const file = tokenCacheFile(join(dir, "new", "cache.json"), false);
    const plugin = fileCachePlugin(file);
    await plugin.afterCacheAccess(context(false).value);
    expect(checkTokenCache(file)).toBe(false);
    await plugin.afterCacheAccess(context(true, '{"Account":{}}').value);
    expect(statSync(file.path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "new")).mode & 0o777).toBe(0o700);
    const read = context(false);
    await plugin.beforeCacheAccess(read.value);
    expect(read.loaded()).toBe('{"Account":{}}');
    expect(readFileSync(file.path, "utf8")).toBe('{"Account":{}}');
  });

  it.each([0o644, 0o640, 0o604, 0o660, 0o602])(
    "is refused with mode %s, naming the file and the fix",
    (mode) => {
      const path = join(dir, `open-${mode}.json`);
      writeFileSync(path, "{}");
      chmodSync(path, mode);
      const file = tokenCacheFile(path, false);
      expect(() => checkTokenCache(file)).toThrow(TokenCacheError);
      expect(() => checkTokenCache(file)).toThrow(
        `The token cache ${path} is open to group or others (mode ${mode.toString(8)}); it holds a sign-in and must be readable by its owner only. Run \`chmod 600 ${path}\`, or delete it and sign in again with \`npm run report -- --sign-in\`.`,
      );
    },
  );

  it("is refused when it is not a file", () => {
    expect(() => checkTokenCache(tokenCacheFile(dir, false))).toThrow(/is not a file/);
  });
});
