import { parseArgs } from "node:util";
import { parseIsoDate } from "./engine/dates.ts";
import { FaultController } from "./http/faults.ts";
import { parseScale, startMockApi } from "./http/start-mock-api.ts";
import { createTokenCheck } from "./http/token-check.ts";

// npm run mock-api -- --port 9000 [--no-auth] [--scale 10] [--seed 1] [--today 2028-02-29] [--issuer https://…/idp]
const { values } = parseArgs({
  options: {
    port: { type: "string", default: "9000" },
    host: { type: "string", default: "127.0.0.1" },
    scale: { type: "string", default: "1" },
    seed: { type: "string", default: "20260101" },
    today: { type: "string", ...(process.env.DEMO_TODAY ? { default: process.env.DEMO_TODAY } : {}) },
    "no-auth": { type: "boolean", default: false },
    issuer: { type: "string", default: "https://localhost:8443/idp" },
  },
});

try {
  if (
    values.today !== undefined &&
    !(/^\d{4}-\d{2}-\d{2}$/.test(values.today) && parseIsoDate(values.today) !== null)
  ) {
    throw new Error(
      `--today (or DEMO_TODAY) ${JSON.stringify(values.today)} is not a real calendar date; use YYYY-MM-DD, for example 2028-02-29.`,
    );
  }
  const checkToken = values["no-auth"]
    ? undefined
    : createTokenCheck({ issuer: values.issuer, jwks: new URL(`${values.issuer}/jwks`) });
  const { url, generatedMs } = await startMockApi({
    scale: parseScale(values.scale),
    seed: Number(values.seed),
    today: values.today,
    port: Number(values.port),
    host: values.host,
    checkToken,
    faults: new FaultController(),
    logger: false,
  });
  console.log(
    `Mock Partner Center Analytics API at ${url}/partner/v1/analytics/ (dataset generated in ${Math.round(generatedMs)} ms)`,
  );
  console.log(
    values["no-auth"]
      ? "Authentication is off (--no-auth)."
      : `Bearer tokens are checked against ${values.issuer}/jwks.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
