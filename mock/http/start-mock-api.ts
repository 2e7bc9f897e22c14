import { RESOURCE_NAMES, type ResourceName } from "../engine/resources.ts";
import type { FaultController } from "./faults.ts";
import { cachedEngine } from "./cached-engine.ts";
import { startEngineWorker } from "./engine-worker.ts";
import { createMockApi } from "./mock-api.ts";
import type { TokenVerdict } from "./token-check.ts";

export type Scale = number | Partial<Record<ResourceName, number>>;

/** "10" scales every resource; "subscriptions=7,usage/azure=1" scales resources one by one. */
export function parseScale(text: string): Scale {
  const whole = Number(text);
  if (text.trim() !== "" && Number.isFinite(whole) && whole > 0 && whole <= 100) return whole;
  const scale: Partial<Record<ResourceName, number>> = {};
  for (const part of text.split(",")) {
    const [name, value] = part.split("=").map((s) => s.trim());
    const resource = RESOURCE_NAMES.find((r) => r === name);
    const factor = Number(value);
    if (!resource || !Number.isFinite(factor) || factor <= 0 || factor > 100) {
      throw new Error(
        `Invalid scale "${text}": use a number (0 < n ≤ 100) or resource=factor pairs, e.g. subscriptions=7 (resources: ${RESOURCE_NAMES.join(", ")}).`,
      );
    }
    scale[resource] = factor;
  }
  return scale;
}

export interface StartMockOptions {
  scale: Scale;
  seed: number;
  /** The dataset's today as YYYY-MM-DD (DEMO_TODAY); default: the real UTC day. */
  today?: string;
  port?: number;
  host?: string;
  checkToken?: (authorization: string | undefined) => Promise<TokenVerdict>;
  faults?: FaultController;
  logger?: boolean;
}

export async function startMockApi({
  scale,
  seed,
  today,
  port = 0,
  host = "127.0.0.1",
  checkToken,
  faults,
  logger,
}: StartMockOptions) {
  // The dataset lives in the engine's thread only: this thread serves HTTP and never runs a query.
  const worker = await startEngineWorker({ seed, scale, today });
  const app = createMockApi({ query: cachedEngine(worker.engine).query, checkToken, faults, logger });
  app.addHook("onClose", worker.close);
  const address = await app.listen({ port, host });
  return { app, url: address, generatedMs: worker.generatedMs };
}
