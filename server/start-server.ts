import { FaultController } from "../mock/http/faults.ts";
import { parseScale, startMockApi } from "../mock/http/start-mock-api.ts";
import { createTokenCheck } from "../mock/http/token-check.ts";
import { createDevIdentityProvider } from "../mock/idp/dev-idp.ts";
import { buildApp } from "./app.ts";
import type { ServerConfig } from "./config.ts";
import { checkAddress, checkBuild, listenError, tlsMaterial } from "./start-checks.ts";

/** Starts the app server; in demo mode also the embedded identity provider and mock API, in this process. */
export async function startServer(config: ServerConfig) {
  checkBuild(config);
  const https = await tlsMaterial(config);
  await checkAddress(config);
  const idp =
    config.identityProvider === "embedded"
      ? await createDevIdentityProvider(config.publicOrigin, [config.publicOrigin, "http://localhost:5173"])
      : undefined;
  const faults = config.demo.faults ? new FaultController() : undefined;
  let upstream = config.upstream;
  let mock: Awaited<ReturnType<typeof startMockApi>> | undefined;
  if (upstream === "embedded") {
    // With Entra as the identity provider the mock cannot check Entra's tokens offline; it then trusts them.
    const checkToken = idp ? createTokenCheck({ issuer: idp.issuer, jwks: idp.publicJwks }) : undefined;
    mock = await startMockApi({
      scale: parseScale(config.demo.scale),
      seed: config.demo.seed,
      today: config.demo.today,
      checkToken,
      faults,
    });
    upstream = mock.url;
  }
  const app = buildApp({ ...config, upstream }, { idp, faults, https });
  app.addHook("onClose", async () => void (await mock?.app.close()));
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    throw listenError(error, config);
  }
  return { app, mock, idp };
}
