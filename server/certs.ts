import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "selfsigned";

/**
 * A self-signed certificate for https://localhost, made on first run into a git-ignored folder. MSAL only
 * accepts HTTPS authorities, so the demo's identity provider (and with it the app) must be served over TLS.
 */
export async function localhostCertificate(dir = ".certs"): Promise<{ key: string; cert: string }> {
  const keyFile = join(dir, "localhost-key.pem");
  const certFile = join(dir, "localhost-cert.pem");
  if (existsSync(keyFile) && existsSync(certFile)) {
    return { key: readFileSync(keyFile, "utf8"), cert: readFileSync(certFile, "utf8") };
  }
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    notAfterDate: new Date(Date.now() + 825 * 24 * 3600 * 1000),
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  writeFileSync(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert };
}
