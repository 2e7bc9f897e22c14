import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { PartnerCenterError } from "../api/errors.ts";
import { fieldEntries, type Row } from "../api/resources.ts";
import {
  serveSubscriptions,
  subscriptionRows,
  testClient,
  setupTestServer,
} from "../components/data-grid/test-server.ts";
import { exportCsv, type ExportProgress } from "./csv-export.ts";
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
      testClient(),
      "subscriptions",
      { top: 100, orderby: [["customerName", "desc"]] },
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
    const file = await exportCsv(
      testClient(),
      "subscriptions",
      { top: 10_000 },
      { signal: new AbortController().signal },
    );
    expect(parse(file!.text()).data.map((row) => row.id)).toEqual(all.map((row) => row.id));
  });

  test("applies the grid's column filters to every page", async () => {
    serveSubscriptions(server, subscriptionRows(250));
    const keep = (row: Row<"subscriptions">) => row.status === "ACTIVE";
    const file = await exportCsv(
      testClient(),
      "subscriptions",
      { top: 100 },
      { signal: new AbortController().signal, keep },
    );
    const parsed = parse(file!.text());
    expect(parsed.data).toHaveLength(84);
    expect(new Set(parsed.data.map((row) => row.status))).toEqual(new Set(["ACTIVE"]));
  });

  test("a cancelled export resolves to no file and sends no further request", async () => {
    const requests = serveSubscriptions(server, subscriptionRows(300));
    const controller = new AbortController();
    const file = await exportCsv(
      testClient(),
      "subscriptions",
      { top: 100 },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    expect(file).toBeNull();
    expect(requests).toHaveLength(1);
  });

  test("a failed page rejects with the page it failed at", async () => {
    serveSubscriptions(server, subscriptionRows(300), { fail: (skip) => (skip === 100 ? 400 : undefined) });
    const error = await exportCsv(
      testClient(),
      "subscriptions",
      { top: 100 },
      { signal: new AbortController().signal },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PageReadFailure);
    const failure = error as PageReadFailure;
    expect(failure.cursor).toMatchObject({ pageIndex: 1, skip: 100 });
    expect(failure.cause).toBeInstanceOf(PartnerCenterError);
    expect((failure.cause as PartnerCenterError).status).toBe(400);
  });
});
