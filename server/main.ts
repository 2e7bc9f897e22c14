import { startServer } from "./start-server.ts";
import { ConfigError, readConfig } from "./config.ts";

try {
  const config = readConfig();
  const { mock } = await startServer(config);
  const lines = [``, `Partner Center Analytics dashboard: ${config.publicOrigin}/`];
  if (config.identityProvider === "embedded") {
    lines.push(
      `Sign in on the demo identity provider with any user name (for example "alex"); the password is not checked.`,
      `Your browser warns about the certificate once: it is a self-signed certificate for localhost made in .certs/ on first run.`,
    );
  }
  if (mock)
    lines.push(
      `Demo data: embedded mock Partner Center API, generated in ${Math.round(mock.generatedMs)} ms (scale ${config.demo.scale}), today ${config.demo.today}${process.env.DEMO_TODAY ? " (DEMO_TODAY)" : ""}.`,
    );
  else lines.push(`Upstream Partner Center API: ${config.upstream}`);
  console.log(lines.join("\n"));
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
