import { describe, expect, test } from "vitest";
import { serveSubscriptions, subscriptionRows, testClient } from "../testing/grid-server.ts";
import { setupTestServer } from "../testing/msw.ts";
import { PageReadFailure, readPages } from "./grid-pages.ts";

const server = setupTestServer();
const query = { top: 100 };
const skips = (requests: { params: URLSearchParams }[]) =>
  requests.map(({ params }) => Number(params.get("skip") ?? 0));

/** Resolves when the server has received the request for the page at `skip`. */
function arrivals() {
  const waiting = new Map<number, () => void>();
  const arrived = new Set<number>();
  return {
    hold: (skip: number) => {
      arrived.add(skip);
      waiting.get(skip)?.();
      return undefined;
    },
    requested: (skip: number) =>
      Promise.race([
        new Promise<void>((resolve) => (arrived.has(skip) ? resolve() : waiting.set(skip, resolve))),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`page at ${skip} was not asked for`)), 2_000),
        ),
      ]),
  };
}

describe("readPages", () => {
  test("without prefetch, the next page is asked for only after onPage returns", async () => {
    const requests = serveSubscriptions(server, subscriptionRows(250));
    const seen: number[] = [];
    await readPages(testClient(), "subscriptions", query, {
      signal: new AbortController().signal,
      onPage: async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        seen.push(requests.length);
      },
    });
    expect(seen).toEqual([1, 2, 3]);
  });

  test("with prefetch, the next page is asked for while onPage handles this one; every page once", async () => {
    const { hold, requested } = arrivals();
    const requests = serveSubscriptions(server, subscriptionRows(250), { hold });
    const handled: number[] = [];
    const end = await readPages(testClient(), "subscriptions", query, {
      signal: new AbortController().signal,
      prefetch: true,
      onPage: async (page) => {
        if (page.next) await requested(page.next.skip);
        handled.push(page.rows.length);
      },
    });
    expect(end).toBeNull();
    expect(handled).toEqual([100, 100, 50]);
    expect(skips(requests)).toEqual([0, 100, 200]);
  });

  test("a cancel with prefetch stops at once, handles no further page and asks for nothing more", async () => {
    const { hold, requested } = arrivals();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const requests = serveSubscriptions(server, subscriptionRows(300), {
      hold: (skip) => hold(skip) ?? (skip === 100 ? held : undefined),
    });
    const controller = new AbortController();
    let handled = 0;
    const end = await readPages(testClient(), "subscriptions", query, {
      signal: controller.signal,
      prefetch: true,
      onPage: async () => {
        handled++;
        await requested(100);
        controller.abort();
      },
    });
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(end).toMatchObject({ skip: 100 });
    expect(handled).toBe(1);
    expect(skips(requests)).toEqual([0, 100]);
  });

  test("a prefetched page that fails rejects after the page before it is handled, naming the failed page", async () => {
    serveSubscriptions(server, subscriptionRows(300), { fail: (skip) => (skip === 100 ? 400 : undefined) });
    const handled: number[] = [];
    const error = await readPages(testClient(), "subscriptions", query, {
      signal: new AbortController().signal,
      prefetch: true,
      onPage: async (page) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        handled.push(page.rows.length);
      },
    }).catch((e: unknown) => e);
    expect(handled).toEqual([100]);
    expect(error).toBeInstanceOf(PageReadFailure);
    expect((error as PageReadFailure).cursor).toMatchObject({ pageIndex: 1, skip: 100 });
  });
});
