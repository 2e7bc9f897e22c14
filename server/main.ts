import { setFlagsFromString } from "node:v8";
import { startServer } from "./start-server.ts";
import { ConfigError, readConfig } from "./config.ts";

// When a process may use 2 GiB of heap or more (the default on any machine with 8 GB), V8 lets the heap grow to up
// to 4 times what survived the last full collection before collecting again. Under steady load the relay's
// short-lived request objects then kept the server's heap at about 140 MB for 40 MB live, and its resident size
// rose 10 to 35 % in the load test after the warm-up (issue 18). At 1.5 times it stays near what is live, for more
// frequent but smaller full collections (docs/architecture.md). Read at every collection, so it applies from here
// on, to the engine's worker thread as well.
setFlagsFromString("--heap-growing-percent=50");

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
