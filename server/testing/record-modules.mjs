// Test support (server/main.test.ts), loaded with `node --import`: records every module URL the process resolves,
// one per line, in the file RECORD_MODULES names. Shows what a server started in a given mode actually loads.
import { register } from "node:module";

register("./record-modules-hooks.mjs", import.meta.url, { data: { file: process.env.RECORD_MODULES } });
