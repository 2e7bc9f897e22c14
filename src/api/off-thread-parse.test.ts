import { describe, expect, test } from "vitest";
import { subscriptionRow } from "./doc-samples.ts";
import { PartnerCenterError } from "./errors.ts";
import { createPageParser, OFF_THREAD_CHARS, type ParseWorker } from "./off-thread-parse.ts";
import { parsePage } from "./parse.ts";
import { parseReplies, ROWS_PER_MESSAGE, type ParseReply, type ParseRequest } from "./parse-messages.ts";

const ids = { correlationId: "c", requestId: "r" };
const row = JSON.parse(subscriptionRow) as Record<string, unknown>;
// Distinct rows, so a row lost, repeated or reordered between the slices shows.
const rows = (count: number) => Array.from({ length: count }, (_, i) => ({ ...row, licenseCount: i }));
const body = (count: number, nextLink: string | null = "subscriptions?skip=2500") =>
  JSON.stringify({ Value: rows(count), "@nextLink": nextLink, TotalCount: 9000 });

/** A worker that runs the real worker's code in this thread, each reply a task of its own like postMessage. */
function fakeWorker(behaviour: "works" | "fails" = "works") {
  const requests: ParseRequest[] = [];
  const worker: ParseWorker & { requests: ParseRequest[]; replies: ParseReply[] } = {
    requests,
    replies: [],
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
    postMessage(request) {
      requests.push(request);
      if (behaviour === "fails") {
        setTimeout(() => worker.onerror?.(new Event("error")));
        return;
      }
      for (const reply of parseReplies(structuredClone(request))) {
        worker.replies.push(reply);
        setTimeout(() => worker.onmessage?.({ data: structuredClone(reply) } as MessageEvent<ParseReply>));
      }
    },
  };
  return worker;
}

const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
};

describe("parseReplies (the worker's side)", () => {
  test("sends the rows in slices of ROWS_PER_MESSAGE, in order, then the rest of the envelope", () => {
    const replies = parseReplies({ id: 7, resource: "subscriptions", shape: "rows", text: body(2500) });
    expect(replies.map((reply) => ("rows" in reply ? reply.rows.length : "end"))).toEqual([
      ROWS_PER_MESSAGE,
      ROWS_PER_MESSAGE,
      500,
      "end",
    ]);
    expect(replies.every((reply) => reply.id === 7)).toBe(true);
    expect(replies.at(-1)).toEqual({ id: 7, end: { nextLink: "subscriptions?skip=2500", totalCount: 9000 } });
  });

  test("an invalid body is one reply naming the problem, as parsePage words it", () => {
    const text = body(3).replace('"licenseCount":2', '"licenseCount":"many"');
    const [reply, ...more] = parseReplies({ id: 1, resource: "subscriptions", shape: "rows", text });
    expect(more).toEqual([]);
    expect(reply).toEqual({ id: 1, problem: expect.stringContaining("Value[2].licenseCount") });
  });
});

describe("createPageParser", () => {
  test("a large body is parsed in the worker, with the rows and envelope parsePage gives", async () => {
    const worker = fakeWorker();
    const parse = createPageParser(() => worker);
    const text = body(2500);
    expect(text.length).toBeGreaterThanOrEqual(OFF_THREAD_CHARS);
    const page = await parse("subscriptions", "rows", text, ids);
    expect(worker.requests).toHaveLength(1);
    expect(worker.replies.length).toBeGreaterThan(2);
    expect(page).toEqual(parsePage("subscriptions", "rows", text, ids));
  });

  test("pages parsed at the same time each get their own rows", async () => {
    const parse = createPageParser(() => fakeWorker());
    const [first, second] = await Promise.all([
      parse("subscriptions", "rows", body(1500), ids),
      parse("subscriptions", "rows", body(2600, null), ids),
    ]);
    expect(first.rows.map((r) => r.licenseCount)).toEqual(rows(1500).map((r) => r.licenseCount));
    expect(second.rows).toHaveLength(2600);
    expect(second.nextLink).toBeNull();
  });

  test("an invalid large body rejects with the error parsePage throws (kind, field, request ids)", async () => {
    const text = body(2500).replace('"licenseCount":1200', '"licenseCount":"many"');
    const error = await rejection(createPageParser(() => fakeWorker())("subscriptions", "rows", text, ids));
    let expected: unknown;
    try {
      parsePage("subscriptions", "rows", text, ids);
    } catch (thrown) {
      expected = thrown;
    }
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({
      kind: "invalid-response",
      status: 200,
      requestId: "r",
      correlationId: "c",
    });
    expect((error as Error).message).toBe((expected as Error).message);
    expect((error as Error).message).toContain("Value[1200].licenseCount");
  });

  test("a small body is parsed in place, without starting the worker", async () => {
    let started = 0;
    const parse = createPageParser(() => {
      started++;
      return fakeWorker();
    });
    const page = await parse("subscriptions", "rows", body(2), ids);
    expect(page.rows).toHaveLength(2);
    expect(started).toBe(0);
  });

  test("a worker that fails leaves the waiting page and every later one to this thread", async () => {
    let started = 0;
    const parse = createPageParser(() => {
      started++;
      return fakeWorker("fails");
    });
    const page = await parse("subscriptions", "rows", body(2500), ids);
    expect(page).toEqual(parsePage("subscriptions", "rows", body(2500), ids));
    await parse("subscriptions", "rows", body(2500), ids);
    expect(started).toBe(1);
  });

  test("without a worker every body is parsed in place, errors included", async () => {
    const parse = createPageParser(null);
    expect((await parse("subscriptions", "rows", body(2500), ids)).rows).toHaveLength(2500);
    const error = await rejection(parse("subscriptions", "rows", "<html>", ids));
    expect(error).toMatchObject({ kind: "invalid-response" });
  });
});
