// The demo engine's thread: it owns the dataset and answers one query at a time, so a heavy group-by holds this
// thread, never the server's event loop (health checks, static files and sign-in keep answering; issue 18).
import { parentPort, workerData } from "node:worker_threads";
import { generateDataset } from "../dataset/generate-dataset.ts";
import type { ResourceName } from "../engine/resources.ts";
import { RowOrders } from "../engine/row-orders.ts";
import { answerQuery } from "./answer-query.ts";
import type { WorkerDataset } from "./engine-worker.ts";

const { seed, scale, today } = workerData as WorkerDataset;
const started = performance.now();
const dataset = generateDataset({ seed, scale, today: today ? new Date(`${today}T00:00:00Z`) : undefined });
parentPort!.postMessage({ ready: true, generatedMs: performance.now() - started });
const orders = new RowOrders();

parentPort!.on(
  "message",
  ({ id, resource, search }: { id: number; resource: ResourceName; search: string }) => {
    const reply = answerQuery(dataset, resource, search, orders);
    // A raw page's bytes own their memory: handed over, not copied (the server thread would otherwise copy 8 MB).
    const bytes = reply.ok && typeof reply.json !== "string" ? reply.json.buffer : null;
    parentPort!.postMessage({ id, reply }, bytes instanceof ArrayBuffer ? [bytes] : []);
  },
);
