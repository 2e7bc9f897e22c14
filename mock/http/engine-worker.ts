import { Worker } from "node:worker_threads";
import type { DatasetOptions } from "../dataset/generate-dataset.ts";
import type { QueryEngine, QueryReply } from "./answer-query.ts";

/** What the worker needs to build the same dataset the demo describes (a Date does not cross threads as text). */
export interface WorkerDataset {
  seed: number;
  scale: NonNullable<DatasetOptions["scale"]>;
  /** YYYY-MM-DD, or undefined for the real UTC day. */
  today?: string;
}

// The engine's heap is capped so that a query the limits did not foresee ends that thread, not the server: the
// pending requests get a 503 and the next request starts a new engine.
const ENGINE_HEAP_MB = 3072;
const ENTRY = new URL("./query-worker.ts", import.meta.url).href;
const BOOT = new URL("./worker-boot.mjs", import.meta.url);

/** Bytes arrive from the worker as a plain Uint8Array; the HTTP layer sends a Buffer (a view, no copy). */
function asBuffer(reply: QueryReply): QueryReply {
  if (!reply.ok || typeof reply.json === "string") return reply;
  const { buffer, byteOffset, byteLength } = reply.json;
  return { ok: true, json: Buffer.from(buffer, byteOffset, byteLength) };
}

interface Running {
  worker: Worker;
  ready: Promise<number>;
}

/** Starts the engine's thread and resolves once its dataset is built, with the time generation took. */
export async function startEngineWorker(dataset: WorkerDataset) {
  const pending = new Map<number, (reply: QueryReply) => void>();
  let nextId = 0;
  let running: Running | undefined;

  const stopped = (why: string): QueryReply => ({
    ok: false,
    status: 503,
    code: "503",
    description: `The demo's query engine stopped (${why}) and is restarting; try again in a few seconds.`,
    source: "PartnerCenter.Analytics",
  });

  const spawn = (): Running => {
    const worker = new Worker(BOOT, {
      workerData: { ...dataset, entry: ENTRY },
      resourceLimits: { maxOldGenerationSizeMb: ENGINE_HEAP_MB },
    });
    const ready = new Promise<number>((resolve, reject) => {
      worker.on(
        "message",
        (message: { ready?: boolean; generatedMs?: number; id?: number; reply?: QueryReply }) => {
          if (message.ready) resolve(message.generatedMs ?? 0);
          else if (message.id !== undefined && message.reply) {
            pending.get(message.id)?.(asBuffer(message.reply));
            pending.delete(message.id);
          }
        },
      );
      worker.once("error", (error) => reject(error));
    });
    worker.once("exit", (code) => {
      if (running?.worker === worker) running = undefined;
      for (const [id, settle] of pending) {
        settle(stopped(`exit code ${code}`));
        pending.delete(id);
      }
    });
    // A failed start must not surface as an unhandled rejection; the awaiting request reports it.
    ready.catch(() => undefined);
    return { worker, ready };
  };

  running = spawn();
  const generatedMs = await running.ready;

  const engine: QueryEngine = async (resource, search) => {
    running ??= spawn();
    const { worker, ready } = running;
    try {
      await ready;
    } catch (error) {
      return stopped(error instanceof Error ? error.message : String(error));
    }
    const id = nextId++;
    return new Promise<QueryReply>((resolve) => {
      pending.set(id, resolve);
      worker.postMessage({ id, resource, search });
    });
  };
  const close = async () => {
    const current = running;
    running = undefined;
    await current?.worker.terminate();
  };
  return { engine, generatedMs, close };
}
