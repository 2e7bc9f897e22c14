import { describe, expect, test } from "vitest";
import { PagedReadError } from "../../api/errors.ts";
import type { Row } from "../../api/resources.ts";
import { loadRows } from "./load-rows.ts";
import { serveSubscriptions, subscriptionRows, testClient } from "../../testing/grid-server.ts";
import { setupTestServer } from "../../testing/msw.ts";

const server = setupTestServer();
const query = { top: 100 };
const ids = (rows: readonly { id: string | null }[]) => rows.map((row) => row.id);
const skips = (requests: { params: URLSearchParams }[]) =>
  requests.map(({ params }) => Number(params.get("skip") ?? 0));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("loadRows", () => {
  test("loads page by page, reporting progress with a new array each time", async () => {
    const all = subscriptionRows(250);
    const requests = serveSubscriptions(server, all);
    const progress: [number, number][] = [];
    const arrays = new Set<unknown>();
    const result = await loadRows(testClient(), "subscriptions", query, {
      signal: new AbortController().signal,
      onProgress: (rows, total) => {
        progress.push([rows.length, total]);
        arrays.add(rows);
      },
    });
    expect(result.end).toBe("done");
    expect(ids(result.rows)).toEqual(all.map((row) => row.id));
    expect(progress).toEqual([
      [100, 250],
      [200, 250],
      [250, 250],
    ]);
    expect(arrays.size).toBe(3);
    expect(skips(requests)).toEqual([0, 100, 200]);
  });

  test("stops at TotalCount even when the server keeps sending @nextLink", async () => {
    const requests = serveSubscriptions(server, subscriptionRows(200), { linkPastEnd: true });
    const result = await loadRows(testClient(), "subscriptions", query, {
      signal: new AbortController().signal,
    });
    expect(result.end).toBe("done");
    expect(result.rows).toHaveLength(200);
    expect(requests).toHaveLength(2);
  });

  test("cancel sends no further request, keeps the rows and can continue where it stopped", async () => {
    const all = subscriptionRows(600);
    const requests = serveSubscriptions(server, all);
    const controller = new AbortController();
    const cancelled = await loadRows(testClient(), "subscriptions", query, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(cancelled.end).toBe("cancelled");
    expect(cancelled.rows).toHaveLength(100);
    // The first page, and the three asked for ahead of it (PAGES_IN_FLIGHT), cancelled with the load.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(skips(requests)).toEqual([0, 100, 200, 300]);
    expect(cancelled.resumeFrom?.cursor.skip).toBe(100);

    requests.length = 0;
    const resumed = await loadRows(testClient(), "subscriptions", query, {
      signal: new AbortController().signal,
      resumeFrom: cancelled.resumeFrom,
    });
    expect(resumed.end).toBe("done");
    expect(ids(resumed.rows)).toEqual(all.map((row) => row.id));
    expect([...skips(requests)].sort((a, b) => a - b)).toEqual([100, 200, 300, 400, 500]);
  });

  test("reads three pages at once, and none ahead past the rows it keeps", async () => {
    const requests = serveSubscriptions(server, subscriptionRows(1000));
    const result = await loadRows(testClient(), "subscriptions", query, {
      signal: new AbortController().signal,
      maxRows: 350,
    });
    expect(result.end).toBe("capped");
    expect(result.rows).toHaveLength(350);
    expect([...skips(requests)].sort((a, b) => a - b)).toEqual([0, 100, 200, 300]);
  });

  test("a cancel during a request ends the load as cancelled, not failed", async () => {
    serveSubscriptions(server, subscriptionRows(100));
    const controller = new AbortController();
    const loading = loadRows(testClient(), "subscriptions", query, { signal: controller.signal });
    controller.abort();
    const result = await loading;
    expect(result.end).toBe("cancelled");
    expect(result.rows).toEqual([]);
  });

  test("a page failing mid-read keeps the rows, names the page and resumes from it", async () => {
    const all = subscriptionRows(350);
    let failing = true;
    const requests = serveSubscriptions(server, all, {
      fail: (skip) => (failing && skip === 200 ? 503 : undefined),
    });
    const error = await rejection(
      loadRows(testClient(), "subscriptions", query, { signal: new AbortController().signal }),
    );

    expect(error).toBeInstanceOf(PagedReadError);
    const failure = error as PagedReadError<Row<"subscriptions">>;
    expect(failure.pageIndex).toBe(2);
    expect(failure.skip).toBe(200);
    expect(ids(failure.rows)).toEqual(all.slice(0, 200).map((row) => row.id));
    expect(failure.resumeFrom.totalCount).toBe(350);
    expect(failure.status).toBe(503);
    // The client retried the page (3 attempts); the error carries the id those requests were sent with.
    expect(requests.filter(({ params }) => params.get("skip") === "200")).toHaveLength(3);
    expect(failure.correlationId).toBe(requests.at(-1)?.correlationId);

    failing = false;
    const before = requests.length;
    const resumed = await loadRows(testClient(), "subscriptions", query, {
      signal: new AbortController().signal,
      resumeFrom: failure.resumeFrom,
    });
    expect(resumed.end).toBe("done");
    expect(ids(resumed.rows)).toEqual(all.map((row) => row.id));
    expect(skips(requests.slice(before))).toEqual([200, 300]);
  });

  test("stops at maxRows and says the result was capped", async () => {
    const requests = serveSubscriptions(server, subscriptionRows(500));
    const result = await loadRows(testClient(), "subscriptions", query, {
      signal: new AbortController().signal,
      maxRows: 150,
    });
    expect(result.end).toBe("capped");
    expect(result.rows).toHaveLength(150);
    expect(result.totalCount).toBe(500);
    expect(requests).toHaveLength(2);
  });
});
