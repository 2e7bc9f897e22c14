import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { PagedReadError, PartnerCenterError } from "./errors.ts";
import { filterFor } from "./filter.ts";
import { baseUrl, endpoint, envelope, testClient, setupApiServer } from "../testing/api-server.ts";

const { server } = setupApiServer();
const all = Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, status: "Won" }));

/**
 * A referrals endpoint over `all`, paged by top/skip. `link(skip, top)` makes the `@nextLink` (null: none);
 * `fail(skip)` returns a status to fail that page with.
 */
function referrals(
  link: (skip: number, top: number) => string | null,
  fail: (skip: number) => number | undefined = () => undefined,
) {
  const seen: URLSearchParams[] = [];
  server.use(
    http.get(endpoint("referrals"), ({ request }) => {
      const params = new URL(request.url).searchParams;
      seen.push(params);
      const top = Number(params.get("top") ?? 10_000);
      const skip = Number(params.get("skip") ?? 0);
      const status = fail(skip);
      if (status) return HttpResponse.json({ code: "x", description: "boom" }, { status });
      const rows = all.slice(skip, skip + top);
      return HttpResponse.json(
        envelope(rows, all.length, skip + top < all.length ? link(skip + top, top) : null),
      );
    }),
  );
  return seen;
}
const relative = (skip: number, top: number) => `referrals?top=${top}&skip=${skip}`;
const ids = (rows: readonly { id: string | null }[]) => rows.map((row) => row.id);

async function pagedFailure(promise: Promise<unknown>): Promise<PagedReadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PagedReadError)) throw new Error(`expected a PagedReadError, got ${String(error)}`);
  return error;
}

describe("readAll", () => {
  test("follows relative @nextLinks and reports progress", async () => {
    const seen = referrals(relative);
    const progress: [number, number][] = [];
    const result = await testClient().client.readAll(
      "referrals",
      { top: 2 },
      { onProgress: (...args) => progress.push(args) },
    );
    expect(ids(result.rows)).toEqual(["r0", "r1", "r2", "r3", "r4"]);
    expect(result).toMatchObject({ totalCount: 5, truncated: false });
    expect(progress).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(seen.map((p) => p.get("skip"))).toEqual([null, "2", "4"]);
  });

  test.each([
    [
      "same origin as the base",
      (skip: number, top: number) => `${baseUrl}/partner/v1/analytics/referrals?top=${top}&skip=${skip}`,
    ],
    [
      "the upstream API host",
      (skip: number, top: number) =>
        `https://api.partnercenter.microsoft.com/partner/v1/analytics/referrals?top=${top}&skip=${skip}`,
    ],
    [
      "root-relative",
      (skip: number, top: number) => `/partner/v1/analytics/referrals?top=${top}&skip=${skip}`,
    ],
  ])("maps an absolute link (%s) onto the base URL", async (_, link) => {
    const seen = referrals(link);
    expect(ids((await testClient().client.readAll("referrals", { top: 2 })).rows)).toHaveLength(5);
    expect(seen).toHaveLength(3);
  });

  test.each([
    [
      "another origin",
      "https://evil.example/partner/v1/analytics/referrals?skip=2",
      "points to another origin",
    ],
    [
      "outside the analytics root",
      "../../v1/customers?skip=2",
      "does not point into /partner/v1/analytics/referrals",
    ],
    ["another resource", "subscriptions?skip=2", "does not point into /partner/v1/analytics/referrals"],
    ["a script", "javascript:alert(1)", "points to another origin"],
  ])("refuses a link to %s without sending anything", async (_, link, why) => {
    const seen = referrals(() => link);
    const error = await pagedFailure(testClient().client.readAll("referrals", { top: 2 }));
    expect(seen).toHaveLength(1);
    expect(error).toMatchObject({ kind: "invalid-response", pageIndex: 1, skip: 2, requestId: null });
    expect(ids(error.rows as { id: string }[])).toEqual(["r0", "r1"]);
    expect(error.message).toContain(why);
    expect(error.message).toMatch(
      /^referrals: page 2 \(from row 3\) failed after 2 of 5 rows were loaded: the next-page link/,
    );
  });

  test("without @nextLink, continues with skip while skip < TotalCount", async () => {
    const seen = referrals(() => null);
    const result = await testClient().client.readAll("referrals", { top: 2, skip: 1 });
    expect(ids(result.rows)).toEqual(["r1", "r2", "r3", "r4"]);
    expect(seen.map((p) => p.toString())).toEqual(["top=2&skip=1", "top=2&skip=3"]);
  });

  test("stops at TotalCount even if the server keeps sending links", async () => {
    let calls = 0;
    server.use(
      http.get(endpoint("referrals"), () =>
        HttpResponse.json(envelope([all[calls]], 2, `referrals?top=1&skip=${++calls}`)),
      ),
    );
    expect(ids((await testClient().client.readAll("referrals", { top: 1 })).rows)).toEqual(["r0", "r1"]);
    expect(calls).toBe(2);
  });

  test("stops at maxRows and asks for no more than that", async () => {
    const seen = referrals(relative);
    const result = await testClient().client.readAll("referrals", { top: 2 }, { maxRows: 3 });
    expect(ids(result.rows)).toEqual(["r0", "r1", "r2"]);
    expect(result.truncated).toBe(true);
    expect(seen).toHaveLength(2);
    const small = referrals(relative);
    expect((await testClient().client.readAll("referrals", {}, { maxRows: 4 })).rows).toHaveLength(4);
    expect(small[0]?.get("top")).toBe("4");
  });

  test("abort between pages: no further requests, rows kept", async () => {
    const seen = referrals(relative);
    const controller = new AbortController();
    const reading = testClient().client.readAll(
      "referrals",
      { top: 2 },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    const error = await pagedFailure(reading);
    expect(error).toMatchObject({ kind: "aborted", pageIndex: 1 });
    expect(error.rows).toHaveLength(2);
    expect(seen).toHaveLength(1);
  });

  test("a page failing in the middle says which, keeps the rows, and the read resumes from it", async () => {
    let broken = true;
    const seen = referrals(relative, (skip) => (broken && skip === 2 ? 503 : undefined));
    const { client } = testClient();
    const error = await pagedFailure(client.readAll("referrals", { top: 2 }));
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({ kind: "server", status: 503, pageIndex: 1, skip: 2, description: "boom" });
    expect(error.message).toBe(
      "referrals: page 2 (from row 3) failed after 2 of 5 rows were loaded: Partner Center could not answer (HTTP 503): boom",
    );
    expect(error.resumeFrom).toMatchObject({
      cursor: { link: "referrals?top=2&skip=2", pageIndex: 1, skip: 2 },
      totalCount: 5,
    });

    broken = false;
    seen.length = 0;
    const progress: number[] = [];
    const resumed = await client.readAll(
      "referrals",
      { top: 2 },
      { resumeFrom: error.resumeFrom, onProgress: (loaded) => progress.push(loaded) },
    );
    expect(ids(resumed.rows)).toEqual(["r0", "r1", "r2", "r3", "r4"]);
    expect(seen.map((p) => p.get("skip"))).toEqual(["2", "4"]);
    expect(progress).toEqual([4, 5]);
  });

  test("grouped reads parse grouped rows", async () => {
    server.use(
      http.get(endpoint("subscriptions"), () =>
        HttpResponse.json(envelope([{ status: "ACTIVE", subscriptionCount: "12" }])),
      ),
    );
    const result = await testClient().client.readAll("subscriptions", { groupby: ["status"] });
    expect(result.rows).toEqual([{ status: "ACTIVE", subscriptionCount: 12 }]);
  });
});

describe("pages", () => {
  test("yields pages with a cursor to continue from", async () => {
    referrals(relative);
    const { client } = testClient();
    const first: string[][] = [];
    let next = null;
    for await (const page of client.pages("referrals", { top: 2 })) {
      first.push(ids(page.rows) as string[]);
      next = page.next;
      break;
    }
    expect(first).toEqual([["r0", "r1"]]);
    expect(next).toMatchObject({ link: "referrals?top=2&skip=2", pageIndex: 1, skip: 2, totalCount: 5 });
    const rest: (string | null)[] = [];
    for await (const page of client.pages("referrals", { top: 2 }, { from: next ?? undefined }))
      rest.push(...ids(page.rows));
    expect(rest).toEqual(["r2", "r3", "r4"]);
  });
});

describe("a misbehaving upstream ends the read with what happened", () => {
  // 25 referrals of status Won (the filter) in pages of 10; the page from `skip` 10 misbehaves as told.
  const won = Array.from({ length: 25 }, (_, i) => ({ id: `w${i}`, status: "Won" }));
  const unfiltered = Array.from({ length: 90 }, (_, i) => ({ id: `u${i}`, status: i % 2 ? "Won" : "Lost" }));
  const filter = "status eq 'Won'";
  interface Tweak {
    /** Serve from this row instead of `skip`. */
    from?: number;
    /** Send this many rows instead of `top`. */
    count?: number;
    total?: number;
    /** Changes the next link's parameters. */
    link?: (params: URLSearchParams) => void;
  }

  function misbehaving(tweak: Tweak) {
    server.use(
      http.get(endpoint("referrals"), ({ request }) => {
        const params = new URL(request.url).searchParams;
        const rows = params.get("filter") === filter ? won : unfiltered;
        const top = Number(params.get("top"));
        const skip = Number(params.get("skip") ?? 0);
        const t = skip === 10 ? tweak : {};
        const from = t.from ?? skip;
        const page = rows.slice(from, from + (t.count ?? top));
        const next = new URLSearchParams(params);
        next.set("skip", String(skip + top));
        if (skip === 10) t.link?.(next);
        const more = skip + top < rows.length;
        return HttpResponse.json(envelope(page, t.total ?? rows.length, more ? `referrals?${next}` : null));
      }),
    );
  }
  const read = () =>
    pagedFailure(
      testClient().client.readAll("referrals", {
        top: 10,
        filter: filterFor("referrals").eq("status", "Won"),
      }),
    );

  test.each<[string, Tweak, RegExp]>([
    [
      "an empty page before the end",
      { count: 0 },
      /page 2 \(from row 11\) failed after 10 of 25 rows were loaded: Partner Center sent 0 rows on page 2 \(rows 11–20\), where 10 were asked for and 25 were announced/,
    ],
    [
      "a short page whose next link skips ahead",
      { count: 5 },
      /sent 5 rows on page 2 \(rows 11–20\), where 10 were asked for and 25 were announced/,
    ],
    [
      "a total that shrinks between pages",
      { total: 15 },
      /Partner Center announced 25 rows on the first page and 15 on page 2: the data changed during the read/,
    ],
    [
      "a next link that drops the filter",
      { link: (params) => params.delete("filter") },
      /page 3 \(from row 21\) failed after 20 of 25 rows were loaded: the next-page link changes the query \(filter dropped\); only skip and top may change/,
    ],
    [
      "a next link that goes back",
      { link: (params) => params.set("skip", "15") },
      /the next-page link continues at row 16, not at row 21 where the rows read so far end/,
    ],
    [
      "rows repeated across a page boundary",
      { from: 7 },
      /page 2 repeats rows of the page before it \(row 10 is row 3 of page 2\): the pages overlap/,
    ],
  ])("%s", async (_, tweak, message) => {
    misbehaving(tweak);
    const error = await read();
    expect(error.kind).toBe("inconsistent-pages");
    expect(error.message).toMatch(message);
  });

  // The grid and the export read three pages at once (readAhead): the same faults end the read the same way.
  test.each<[string, Tweak, string]>([
    ["an empty page before the end", { count: 0 }, "Partner Center sent 0 rows on page 2 (rows 11–20)"],
    ["a short page", { count: 5 }, "sent 5 rows on page 2 (rows 11–20), where 10 were asked for"],
    ["a total that shrinks", { total: 15 }, "announced 25 rows on the first page and 15 on page 2"],
    [
      "a next link that drops the filter",
      { link: (params) => params.delete("filter") },
      "the next-page link changes the query (filter dropped); only skip and top may change",
    ],
    [
      "a next link that goes back",
      { link: (params) => params.set("skip", "15") },
      "continues at row 16, not at row 21",
    ],
    ["rows repeated across a page boundary", { from: 7 }, "page 2 repeats rows of the page before it"],
  ])("three pages in flight: %s", async (_, tweak, message) => {
    misbehaving(tweak);
    const rows: unknown[] = [];
    const error = await (async () => {
      const query = { top: 10, filter: filterFor("referrals").eq("status", "Won") };
      for await (const page of testClient().client.pages("referrals", query, { inFlight: 3 }))
        rows.push(...page.rows);
    })().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect((error as PartnerCenterError).kind).toBe("inconsistent-pages");
    expect((error as PartnerCenterError).message).toContain(message);
    expect(rows.length).toBeLessThan(won.length);
  });

  test("a well-behaved upstream reads every row of the filter", async () => {
    misbehaving({});
    const result = await testClient().client.readAll("referrals", {
      top: 10,
      filter: filterFor("referrals").eq("status", "Won"),
    });
    expect(ids(result.rows)).toEqual(won.map((row) => row.id));
  });
});

describe("pages in flight", () => {
  test("asks for up to three pages at once and yields every row once, in order", async () => {
    const rows = Array.from({ length: 95 }, (_, i) => ({ id: `r${i}`, status: "Won" }));
    let running = 0;
    let most = 0;
    const skips: number[] = [];
    server.use(
      http.get(endpoint("referrals"), async ({ request }) => {
        const params = new URL(request.url).searchParams;
        const skip = Number(params.get("skip") ?? 0);
        skips.push(skip);
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        running--;
        const next = skip + 10 < rows.length ? `referrals?top=10&skip=${skip + 10}` : null;
        return HttpResponse.json(envelope(rows.slice(skip, skip + 10), rows.length, next));
      }),
    );
    const read: unknown[] = [];
    for await (const page of testClient().client.pages("referrals", { top: 10 }, { inFlight: 3 }))
      read.push(...ids(page.rows));
    expect(read).toEqual(rows.map((row) => row.id));
    expect(most).toBe(3);
    expect([...skips].sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => i * 10));
  });

  test("stopping the read cancels the requests ahead", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ id: `r${i}`, status: "Won" }));
    server.use(
      http.get(endpoint("referrals"), async ({ request }) => {
        const skip = Number(new URL(request.url).searchParams.get("skip") ?? 0);
        if (skip > 0) await new Promise((resolve) => setTimeout(resolve, 200));
        const next = skip + 10 < rows.length ? `referrals?top=10&skip=${skip + 10}` : null;
        return HttpResponse.json(envelope(rows.slice(skip, skip + 10), rows.length, next));
      }),
    );
    const aborted: string[] = [];
    const { client } = testClient({
      fetch: (input, init) => {
        const skip = new URL(String(input)).searchParams.get("skip");
        init?.signal?.addEventListener("abort", () => aborted.push(skip ?? "0"));
        return globalThis.fetch(input, init);
      },
    });
    for await (const page of client.pages("referrals", { top: 10 }, { inFlight: 3 })) {
      expect(ids(page.rows)[0]).toBe("r0");
      break;
    }
    expect(aborted.sort()).toEqual(["10", "20", "30"]);
  });
});
