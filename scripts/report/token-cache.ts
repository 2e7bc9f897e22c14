import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { ICachePlugin, TokenCacheContext } from "@azure/msal-node";
import { RunError } from "./errors.ts";

/** Where the cache lives and the one command that signs in again, which every "sign in again" message names. */
export interface TokenCacheFile {
  path: string;
  signInCommand: string;
}

/** The sign-in command for this cache: a cache chosen with --token-cache needs the same flag to sign in again. */
export function tokenCacheFile(path: string, fromFlag: boolean): TokenCacheFile {
  const flag = fromFlag ? ` --token-cache ${JSON.stringify(path)}` : "";
  return { path, signInCommand: `npm run report -- --sign-in${flag}` };
}

/** The token cache is missing, unsafe or can no longer renew a token: the run stops and says how to fix it. */
export class TokenCacheError extends RunError {}

/**
 * Refuses a cache file that anyone but its owner may read or write: it holds a refresh token, which is a sign-in
 * of its own. Returns false when there is no file yet.
 */
export function checkTokenCache({ path, signInCommand }: TokenCacheFile): boolean {
  if (!existsSync(path)) return false;
  const stat = statSync(path);
  if (!stat.isFile()) throw new TokenCacheError(`The token cache ${path} is not a file.`);
  const mode = (stat.mode & 0o777).toString(8).padStart(3, "0");
  if (stat.mode & 0o077)
    throw new TokenCacheError(
      `The token cache ${path} is open to group or others (mode ${mode}); it holds a sign-in and must be readable by its owner only. Run \`chmod 600 ${path}\`, or delete it and sign in again with \`${signInCommand}\`.`,
    );
  if (typeof process.getuid === "function" && stat.uid !== process.getuid())
    throw new TokenCacheError(
      `The token cache ${path} belongs to another user (uid ${stat.uid}); run the report as that user, or sign in again with \`${signInCommand}\`.`,
    );
  return true;
}

/**
 * MSAL Node's cache, persisted in one file (mode 0600, folder 0700). Each access rereads it and each change
 * replaces it whole (write then rename), so a crash never leaves half a cache.
 */
export function fileCachePlugin(file: TokenCacheFile): ICachePlugin {
  const { path } = file;
  return {
    async beforeCacheAccess(context: TokenCacheContext) {
      if (checkTokenCache(file)) context.tokenCache.deserialize(readFileSync(path, "utf8"));
    },
    async afterCacheAccess(context: TokenCacheContext) {
      if (!context.cacheHasChanged) return;
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, context.tokenCache.serialize(), { mode: 0o600, flag: "w" });
      renameSync(temporary, path);
    },
  };
}
