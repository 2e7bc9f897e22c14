import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { PartnerCenterError } from "../api/errors.ts";
import { fieldEntries, type Row } from "../api/resources.ts";
import { serveSubscriptions, subscriptionRows, testClient } from "../testing/grid-server.ts";
import { setupTestServer } from "../testing/msw.ts";
import {
  apiRows,
  exportCsv,
  IncompleteExportError,
  memoryRows,
  type ExportProgress,
  type RowSource,
} from "./csv-export.ts";
import { PageReadFailure } from "./grid-pages.ts";

const server = setupTestServer();
const fields = fieldEntries("subscriptions").map(([name]) => name);

const parse = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, delimiter: ",", newline: "\r\n" });

describe("exportCsv", () => {
  test("streams every page into one file with every field of the resource", async () => {
    const all = subscriptionRows(250);
    const requests = serveSubscriptions(server, all);
    const progress: ExportProgress[] = [];
    const file = await exportCsv(
      "subscriptions",
      apiRows(testClient(), "subscriptions", { top: 100, orderby: [["customerName", "desc"]] }),
      {
        signal: new AbortController().signal,
        onProgress: (p) => progress.push(p),
      },
    );

    expect(file?.rowCount).toBe(250);
    const parsed = parse(file!.text());
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(fields);
    expect(parsed.data).toHaveLength(250);
    // Fields the API left out come back as null and are written as empty cells; dates in the client's ISO form.
    expect(parsed.data.find((row) => row.id === "sub-3")).toMatchObject({
      customerName: "",
      friendlyName: "",
      licenseCount: "10",
      creationDate: "2026-04-13T00:00:00.000Z",
    });
    expect(progress.map((p) => p.read)).toEqual([100, 200, 250]);
    expect(progress.every((p) => p.total === 250)).toBe(true);
    expect(requests.map(({ params }) => params.get("orderby"))).toEqual([
      "customerName desc",
      "customerName desc",
      "customerName desc",
    ]);
  });

  test("writes a full 10,000-row page in slices, every row once and in order", async () => {
    const all = subscriptionRows(12_000);
    serveSubscriptions(server, all);
    const file = await exportCsv("subscriptions", apiRows(testClient(), "subscriptions", { top: 10_000 }), {
      signal: new AbortController().signal,
    });
    expect(parse(file!.text()).data.map((row) => row.id)).toEqual(all.map((row) => row.id));
  });

  test("applies the grid's column filters to every page", async () => {
    serveSubscriptions(server, subscriptionRows(250));
    const keep = (row: Row<"subscriptions">) => row.status === "ACTIVE";
    const file = await exportCsv("subscriptions", apiRows(testClient(), "subscriptions", { top: 100 }), {
      signal: new AbortController().signal,
      keep,
    });
    const parsed = parse(file!.text());
    expect(parsed.data).toHaveLength(84);
    expect(new Set(parsed.data.map((row) => row.status))).toEqual(new Set(["ACTIVE"]));
  });

  test("a cancelled export resolves to no file and sends no further request", async () => {
    const requests = serveSubscriptions(server, subscriptionRows(600));
    const controller = new AbortController();
    const file = await exportCsv("subscriptions", apiRows(testClient(), "subscriptions", { top: 100 }), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(file).toBeNull();
    // The first page and the three asked for ahead of it (PAGES_IN_FLIGHT); nothing after the cancel.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toHaveLength(4);
  });

  test("a failed page rejects with the page it failed at", async () => {
    serveSubscriptions(server, subscriptionRows(300), { fail: (skip) => (skip === 100 ? 400 : undefined) });
    const error = await exportCsv("subscriptions", apiRows(testClient(), "subscriptions", { top: 100 }), {
      signal: new AbortController().signal,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PageReadFailure);
    const failure = error as PageReadFailure;
    expect(failure.cursor).toMatchObject({ pageIndex: 1, skip: 100 });
    expect(failure.cause).toBeInstanceOf(PartnerCenterError);
    expect((failure.cause as PartnerCenterError).status).toBe(400);
  });
  test("a source that ends short of the total it announced gives no file", async () => {
    const rows = subscriptionRows(5) as unknown as Row<"subscriptions">[];
    const short: RowSource<"subscriptions"> = (_signal, onBatch) => onBatch(rows, 8);
    const error = await exportCsv("subscriptions", short, { signal: new AbortController().signal }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IncompleteExportError);
    expect((error as Error).message).toBe("the read brought 5 rows where Partner Center announced 8");
  });
});

describe("exportCsv from rows in memory", () => {
  /** Rows as the grid holds them: read through the client, so dates are in its ISO form. */
  async function heldRows(count: number) {
    const requests = serveSubscriptions(server, subscriptionRows(count));
    const { rows } = await testClient().readAll("subscriptions", { top: 10_000 });
    return { rows, requests };
  }

  /** A row's cells as the file must hold them, built without papaparse: null is empty, the rest as text. */
  const expectedCells = (row: Row<"subscriptions">) =>
    fields.map((field) => {
      const value = (row as Record<string, unknown>)[field];
      return value === null || value === undefined ? "" : String(value);
    });

  const cells = (text: string) => {
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ",", newline: "\r\n" });
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  };

  test("writes exactly the held rows in the given order, in slices with progress, and sends no request", async () => {
    const { rows, requests } = await heldRows(12_000);
    const sent = requests.length;
    // 7919 is prime to 12,000: every index once, thoroughly shuffled.
    const order = Uint32Array.from({ length: rows.length }, (_, i) => (i * 7919) % rows.length);
    const progress: ExportProgress[] = [];
    const file = await exportCsv("subscriptions", memoryRows(rows, order), {
      signal: new AbortController().signal,
      onProgress: (p) => progress.push(p),
    });

    expect(file?.rowCount).toBe(12_000);
    const [header, ...data] = cells(file!.text());
    expect(header).toEqual(fields);
    expect(data).toEqual(Array.from(order, (index) => expectedCells(rows[index]!)));
    expect(progress).toEqual([2_500, 5_000, 7_500, 10_000, 12_000].map((read) => ({ read, total: 12_000 })));
    expect(requests).toHaveLength(sent);
  });

  test("applies the grid's column filters and keeps the loaded order without a sort", async () => {
    const { rows } = await heldRows(250);
    const file = await exportCsv("subscriptions", memoryRows(rows, null), {
      signal: new AbortController().signal,
      keep: (row) => row.status === "ACTIVE",
    });
    const data = cells(file!.text()).slice(1);
    expect(data).toHaveLength(84);
    expect(data).toEqual(rows.filter((row) => row.status === "ACTIVE").map(expectedCells));
  });

  test("a cancel between slices resolves to no file and writes no further slice", async () => {
    const { rows } = await heldRows(12_000);
    const controller = new AbortController();
    const progress: ExportProgress[] = [];
    const file = await exportCsv("subscriptions", memoryRows(rows, null), {
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p);
        controller.abort();
      },
    });
    expect(file).toBeNull();
    expect(progress).toEqual([{ read: 2_500, total: 12_000 }]);
  });

  test("gives the same file as reading the API for the same rows", async () => {
    const { rows } = await heldRows(250);
    const options = { signal: new AbortController().signal };
    const fromApi = await exportCsv(
      "subscriptions",
      apiRows(testClient(), "subscriptions", { top: 100 }),
      options,
    );
    const fromMemory = await exportCsv("subscriptions", memoryRows(rows, null), options);
    expect(fromMemory!.text()).toBe(fromApi!.text());
  });
});
