import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import { createAuthorityMetadata } from "./authority-metadata.ts";
import { ConfigError, type ServerConfig } from "./config.ts";
import type { ReportRun } from "./report-run.ts";
import { checkAddress, checkBuild, listenError, tlsMaterial } from "./start-checks.ts";

/**
 * Starts the app server; in demo mode also the embedded identity provider and mock API, in this process. Those
 * are imported here, and only when configured: a production server loads no demo code (nor oidc-provider).
 */
export async function startServer(config: ServerConfig, { reportRun }: { reportRun?: ReportRun } = {}) {
  checkBuild(config);
  const https = await tlsMaterial(config);
  await checkAddress(config);
  const demo = config.upstream === "embedded" ? await import("../mock/http/start-mock-api.ts") : undefined;
  const scale = demo && demoScale(demo.parseScale, config.demo.scale);
  const idp =
    config.identityProvider === "embedded"
      ? await (
          await import("../mock/idp/dev-idp.ts")
        ).createDevIdentityProvider(config.publicOrigin, [config.publicOrigin, "http://localhost:5173"])
      : undefined;
  const faults = config.demo.faults
    ? new (await import("../mock/http/faults.ts")).FaultController()
    : undefined;
  let upstream = config.upstream;
  let mock: Awaited<ReturnType<NonNullable<typeof demo>["startMockApi"]>> | undefined;
  if (demo && scale) {
    const { createTokenCheck } = await import("../mock/http/token-check.ts");
    // With Entra as the identity provider the mock cannot check Entra's tokens offline; it then trusts them.
    const checkToken = idp ? createTokenCheck({ issuer: idp.issuer, jwks: idp.publicJwks }) : undefined;
    mock = await demo.startMockApi({
      scale,
      seed: config.demo.seed,
      today: config.demo.today,
      checkToken,
      faults,
    });
    upstream = mock.url;
  }
  // The embedded provider answers in this process; Entra over the network, which must not hold up start-up.
  const authorityMetadata = createAuthorityMetadata({
    auth: config.auth,
    load: (url) =>
      idp && new URL(url).origin === config.publicOrigin ? injectJson(app, url) : fetchJson(url),
    warn: (message) => console.warn(message),
  });
  const app = buildApp({ ...config, upstream }, { idp, faults, https, reportRun, authorityMetadata });
  app.addHook("onClose", async () => void (await mock?.app.close()));
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    throw listenError(error, config);
  }
  const metadataRead = authorityMetadata.refresh();
  if (idp) await metadataRead;
  return { app, mock, idp };
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`it answered ${response.status}`);
  return response.json();
}

async function injectJson(app: FastifyInstance, url: string): Promise<unknown> {
  const response = await app.inject({ method: "GET", url: new URL(url).pathname });
  if (response.statusCode !== 200) throw new Error(`it answered ${response.statusCode}`);
  return response.json();
}

/** The mock owns the resource names a scale may name; a wrong one stops start-up like any other bad setting. */
function demoScale<T>(parse: (text: string) => T, text: string): T {
  try {
    return parse(text);
  } catch (error) {
    throw new ConfigError(
      `Invalid configuration: DEMO_SCALE: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
