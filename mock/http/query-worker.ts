// The demo engine's thread: it owns the dataset and answers one query at a time, so a heavy group-by holds this
// thread, never the server's event loop (health checks, static files and sign-in keep answering; issue 18).
import { parentPort, workerData } from "node:worker_threads";
import { generateDataset } from "../dataset/generate-dataset.ts";
import type { ResourceName } from "../engine/resources.ts";
import { answerQuery } from "./answer-query.ts";
import type { WorkerDataset } from "./engine-worker.ts";

const { seed, scale, today } = workerData as WorkerDataset;
const started = performance.now();
const dataset = generateDataset({ seed, scale, today: today ? new Date(`${today}T00:00:00Z`) : undefined });
parentPort!.postMessage({ ready: true, generatedMs: performance.now() - started });

parentPort!.on(
  "message",
  ({ id, resource, search }: { id: number; resource: ResourceName; search: string }) => {
    parentPort!.postMessage({ id, reply: answerQuery(dataset, resource, search) });
  },
);
