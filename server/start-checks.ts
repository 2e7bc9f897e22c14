import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { createSecureContext } from "node:tls";
import { localhostCertificate } from "./certs.ts";
import { ConfigError, type ServerConfig } from "./config.ts";

// What the environment names but only this machine can tell: the TLS files, the build, the address. Checked before
// the identity provider loads and the demo dataset is generated, so a bad setting stops at once, in one line.

const READ_ERRORS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EISDIR: "it is a directory",
};

function readSettingFile(name: string, path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new ConfigError(
      `Invalid configuration: ${name}=${path} cannot be read: ${READ_ERRORS[code] ?? String(error)}.`,
    );
  }
}

/** The certificate and key to serve (TLS_CERT_FILE and TLS_KEY_FILE, or the demo's localhost pair), or none. */
export async function tlsMaterial({ tls }: ServerConfig): Promise<{ key: string; cert: string } | undefined> {
  if (!tls.enabled) return undefined;
  // readConfig lets through both files or neither.
  if (!tls.certFile || !tls.keyFile) return localhostCertificate();
  const cert = readSettingFile("TLS_CERT_FILE", tls.certFile);
  const key = readSettingFile("TLS_KEY_FILE", tls.keyFile);
  try {
    createSecureContext({ cert, key });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      `Invalid configuration: TLS_CERT_FILE=${tls.certFile} and TLS_KEY_FILE=${tls.keyFile} are not a PEM certificate and its private key (${reason}).`,
    );
  }
  return { cert, key };
}

/** Refuses a DIST_DIR without a build: the server would start and serve no app. */
export function checkBuild({ distDir }: ServerConfig): void {
  if (distDir === undefined || existsSync(resolve(distDir, "index.html"))) return;
  throw new ConfigError(
    `Invalid configuration: DIST_DIR=${distDir} holds no index.html (${resolve(distDir)}): build the app first (npm run build), or set DIST_DIR=off to serve no app.`,
  );
}

/** The listen error as a refusal naming HOST or PORT, when that is what it means. */
export function listenError(error: unknown, { host, port }: ServerConfig): unknown {
  switch ((error as NodeJS.ErrnoException).code) {
    case "EADDRINUSE":
      return new ConfigError(`Invalid configuration: PORT=${port} is already in use on ${host}.`);
    case "EACCES":
      return new ConfigError(
        `Invalid configuration: PORT=${port} may not be opened by this user (ports below 1024 need privileges).`,
      );
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new ConfigError(`Invalid configuration: HOST=${host} does not resolve to an address.`);
    case "EADDRNOTAVAIL":
      return new ConfigError(`Invalid configuration: HOST=${host} is not an address of this machine.`);
    default:
      return error;
  }
}

/** Opens and closes the address once, so a taken port or a foreign HOST is refused before anything is loaded. */
export async function checkAddress(config: ServerConfig): Promise<void> {
  const probe = createServer();
  try {
    await new Promise<void>((done, fail) => {
      probe.once("error", fail);
      probe.listen({ port: config.port, host: config.host, exclusive: true }, done);
    });
  } catch (error) {
    throw listenError(error, config);
  }
  await new Promise((done) => probe.close(done));
}
