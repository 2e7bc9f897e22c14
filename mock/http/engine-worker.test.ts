import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDataset } from "../dataset/generate-dataset.ts";
import { MAX_GROUPS } from "../engine/group-rows.ts";
import { answerQuery } from "./answer-query.ts";
import { startEngineWorker } from "./engine-worker.ts";

const DAY = "2026-11-30";
// Enough usage rows (150,000) for a group-by to pass the group limit; the rest small.
const scale = {
  "usage/azure": 0.15,
  subscriptions: 0.05,
  indirectresellers: 0.05,
  search: 0.05,
  referrals: 0.05,
};
const options = { seed: 7, scale, today: DAY };
let worker: Awaited<ReturnType<typeof startEngineWorker>>;

beforeAll(async () => {
  worker = await startEngineWorker(options);
}, 60_000);
afterAll(() => worker.close());

describe("the engine's worker thread", () => {
  it("answers exactly what the engine answers in this thread, faults included", async () => {
    const dataset = generateDataset({ ...options, today: new Date(`${DAY}T00:00:00Z`) });
    const questions: [Parameters<typeof answerQuery>[1], string][] = [
      ["subscriptions", "groupby=status,subscriptionType"],
      ["usage/azure", "groupby=meterUnit,usageDate&aggregationLevel=month"],
      ["referrals", "top=3&skip=2"],
      ["search", "filter=nosuchfield eq 'x'"],
    ];
    for (const [resource, search] of questions)
      expect(await worker.engine(resource, search)).toEqual(answerQuery(dataset, resource, search));
    expect(worker.generatedMs).toBeGreaterThan(0);
  });

  it("refuses a group-by that would form more groups than one query may, naming the limit", async () => {
    const every =
      "customerTenantId,customerName,subscriptionId,subscriptionName,usageDate,resourceLocation,meterCategory," +
      "meterSubcategory,meterUnit,reservationOrderId,reservationId,consumptionMeterId,serviceType";
    const reply = await worker.engine("usage/azure", `groupby=${every}`);
    expect(reply).toMatchObject({ ok: false, status: 400, source: "groupby" });
    expect(!reply.ok && reply.description).toContain(
      `more than ${MAX_GROUPS.toLocaleString("en-US")} groups`,
    );
  });

  it("answers queries sent together, each with its own answer", async () => {
    const searches = ["groupby=status", "groupby=customerMarket", "groupby=subscriptionType"];
    const replies = await Promise.all(searches.map((s) => worker.engine("subscriptions", s)));
    replies.forEach((reply, i) =>
      expect(reply.ok && Object.keys(JSON.parse(reply.json.toString()).Value[0])).toContain(
        searches[i]!.slice(8),
      ),
    );
  });
});
