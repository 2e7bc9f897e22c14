import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import Papa from "papaparse";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { filterFor } from "../../api/filter.ts";
import type { Row } from "../../api/resources.ts";
import { renderPage } from "../../testing/render-page.tsx";
import { ExportButton, ExportOutcome } from "./export-button.tsx";
import { loadGrid, rowRequests } from "../../testing/grid-page.tsx";
import {
  serveSubscriptions,
  subscriptionRows,
  testClient,
  type PagingFault,
} from "../../testing/grid-server.ts";
import { setupTestServer } from "../../testing/msw.ts";
import { useCsvExport, type ExportRequest, type LoadedRows } from "./use-csv-export.ts";

const server = setupTestServer();
const request: ExportRequest<"subscriptions"> = {
  query: { top: 100 },
  keep: null,
  fileName: "subscriptions_2026-08-01_2026-10-31.csv",
  scope: "2026-08-01 to 2026-10-31",
  columnFilters: null,
};

function Exporter({ request: asked = request }: { request?: ExportRequest<"subscriptions"> }) {
  const { state, start, cancel } = useCsvExport("subscriptions");
  const run = () => void start(asked);
  return (
    <>
      <ExportButton state={state} onStart={run} onCancel={cancel} />
      <ExportOutcome state={state} onStart={run} />
    </>
  );
}

// jsdom has neither object URLs nor downloads: record what would be saved.
let blobs: Blob[];
let downloads: { href: string; download: string }[];
beforeEach(() => {
  blobs = [];
  downloads = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ href: this.href, download: this.download });
  });
});
afterEach(() => vi.restoreAllMocks());

async function savedText(): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer());
}

describe("ExportButton", () => {
  test("streams every page into a CSV file and downloads it", async () => {
    serveSubscriptions(server, subscriptionRows(250));
    const user = userEvent.setup();
    renderPage(<Exporter />, "/");
    await user.click(screen.getByRole("button", { name: "Export CSV" }));

    expect(
      await screen.findByText(/Saved subscriptions_2026-08-01_2026-10-31\.csv \(250 rows\)/),
    ).toBeInTheDocument();
    expect(downloads).toEqual([{ href: "blob:test/1", download: request.fileName }]);
    expect(screen.getByRole("link", { name: "Download again" })).toHaveAttribute(
      "download",
      request.fileName,
    );
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer());
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(Papa.parse(text, { header: true, delimiter: "," }).data).toHaveLength(250);
  });

  test("the saved message says how many rows and which filters the file honours", async () => {
    serveSubscriptions(server, subscriptionRows(250));
    const user = userEvent.setup();
    const keep = (row: Row<"subscriptions">) => row.status === "ACTIVE";
    const asked = {
      ...request,
      keep,
      columnFilters: "status: ACTIVE",
      scope: "2026-08-01 to 2026-10-31; market: DE",
    };
    renderPage(<Exporter request={asked} />, "/");
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    const active = subscriptionRows(250).filter((row) => row.status === "ACTIVE").length;
    expect(
      await screen.findByText(
        `Saved subscriptions_2026-08-01_2026-10-31.csv (${active} rows): the rows that match the column filters status: ACTIVE, out of all 250 rows Partner Center announced for 2026-08-01 to 2026-10-31; market: DE.`,
        { exact: false },
      ),
    ).toBeInTheDocument();
  });

  describe("an upstream that misbehaves in paging: the export stops, says why, and saves nothing", () => {
    const active = filterFor("subscriptions").eq("status", "ACTIVE");
    test.each<[string, PagingFault, string]>([
      [
        "an empty page in the middle",
        { count: 0 },
        "Export failed at rows 101–200: Partner Center sent 0 rows on page 2 (rows 101–200), where 100 were asked for and 250 were announced",
      ],
      [
        "a short page whose next link skips ahead",
        { count: 50 },
        "Export failed at rows 101–200: Partner Center sent 50 rows on page 2 (rows 101–200), where 100 were asked for and 250 were announced",
      ],
      [
        "a total that shrinks",
        { total: 200 },
        "Export failed at rows 101–200: Partner Center announced 250 rows on the first page and 200 on page 2: the data changed during the read",
      ],
      [
        "a next link that drops the filter",
        { link: (params) => params.delete("filter") },
        "Export failed at rows 201–250: the next-page link changes the query (filter dropped); only skip and top may change",
      ],
      [
        "duplicate rows on a page boundary",
        { from: 90 },
        "Export failed at rows 101–200: page 2 repeats rows of the page before it",
      ],
    ])("%s", async (_, fault, message) => {
      serveSubscriptions(server, subscriptionRows(250), {
        misbehave: (skip) => (skip === 100 ? fault : undefined),
      });
      const user = userEvent.setup();
      renderPage(<Exporter request={{ ...request, query: { filter: active, top: 100 } }} />, "/");
      await user.click(screen.getByRole("button", { name: "Export CSV" }));

      const alert = await screen.findByRole("alert");
      expect(alert).toHaveTextContent(message);
      expect(alert).toHaveTextContent("No file was saved.");
      expect(URL.createObjectURL).not.toHaveBeenCalled();
      expect(downloads).toEqual([]);
    });
  });

  test("a failed page saves nothing, says which rows failed and offers a retry", async () => {
    let failing = true;
    serveSubscriptions(server, subscriptionRows(250), {
      fail: (skip) => (failing && skip === 100 ? 400 : undefined),
    });
    const user = userEvent.setup();
    renderPage(<Exporter />, "/");
    await user.click(screen.getByRole("button", { name: "Export CSV" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Export failed at rows 101–200: Partner Center rejected the request (HTTP 400): upstream failure.",
    );
    expect(alert).toHaveTextContent("No file was saved.");
    expect(alert).toHaveTextContent("Correlation id:");
    expect(URL.createObjectURL).not.toHaveBeenCalled();
    expect(downloads).toEqual([]);

    failing = false;
    await user.click(screen.getByRole("button", { name: "Retry export" }));
    expect(await screen.findByText(/\(250 rows\)/)).toBeInTheDocument();
    expect(downloads).toHaveLength(1);
  });

  test("Cancel shows progress, stops, and saves nothing", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const requests = serveSubscriptions(server, subscriptionRows(250), {
      hold: (skip) => (skip === 100 ? held : undefined),
    });
    const user = userEvent.setup();
    renderPage(<Exporter />, "/");
    await user.click(screen.getByRole("button", { name: "Export CSV" }));

    expect(await screen.findByText("Exporting 100 of 250 rows")).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Export progress" })).toHaveAttribute("value", "100");
    await user.click(screen.getByRole("button", { name: "Cancel export" }));
    release();
    expect(await screen.findByText("Export cancelled: no file was saved.")).toBeInTheDocument();
    // 250 rows in pages of 100: all three were asked for at once (PAGES_IN_FLIGHT), none again after the cancel.
    await waitFor(() => expect(requests).toHaveLength(3));
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });

  describe("with rows loaded in the grid", () => {
    const active = filterFor("subscriptions").eq("status", "ACTIVE");
    const suspended = filterFor("subscriptions").eq("status", "SUSPENDED");

    /** The grid's state after loading `count` rows for `filter`; the returned requests are those made after it. */
    async function loadedGrid(count: number, status: LoadedRows<"subscriptions">["status"] = "done") {
      serveSubscriptions(server, subscriptionRows(count));
      const { rows } = await testClient().readAll("subscriptions", { filter: active, top: 100 });
      const requests = serveSubscriptions(server, subscriptionRows(count));
      const loaded: LoadedRows<"subscriptions"> = {
        status,
        query: { filter: active, top: 10_000 },
        rows,
        totalCount: rows.length,
        order: Uint32Array.from(rows.keys()).reverse(),
      };
      return { rows, loaded, requests };
    }

    const ids = (text: string) =>
      Papa.parse<Record<string, string>>(text, { header: true, delimiter: "," }).data.map((row) => row.id);

    async function exportWith(asked: ExportRequest<"subscriptions">) {
      const user = userEvent.setup();
      renderPage(<Exporter request={asked} />, "/");
      await user.click(screen.getByRole("button", { name: "Export CSV" }));
    }

    test("the whole result in memory is written in the grid's order, column filters applied, with no request", async () => {
      const { rows, loaded, requests } = await loadedGrid(250);
      const keep = (row: Row<"subscriptions">) => row.licenseCount !== null && row.licenseCount > 50;
      await exportWith({ ...request, query: { filter: active, top: 10_000 }, keep, loaded });

      const expected = [...rows].reverse().filter((row) => (row.licenseCount ?? 0) > 50);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(rows.length);
      expect(await screen.findByText(new RegExp(`\\(${expected.length} rows\\)`))).toBeInTheDocument();
      expect(ids(await savedText())).toEqual(expected.map((row) => row.id));
      expect(requests).toEqual([]);
    });

    test("rows loaded for another filter are not used: the export reads the API", async () => {
      const { loaded, requests } = await loadedGrid(250);
      await exportWith({ ...request, query: { filter: suspended, top: 100 }, loaded });

      expect(await screen.findByText(/\(250 rows\)/)).toBeInTheDocument();
      expect(requests).toHaveLength(3);
      expect(requests.every(({ params }) => params.get("filter") === suspended.expression)).toBe(true);
      expect(ids(await savedText())).toEqual(subscriptionRows(250).map((row) => row.id));
    });

    test("a load that did not finish is not the whole result: the export reads the API", async () => {
      const { loaded, requests } = await loadedGrid(250, "capped");
      await exportWith({ ...request, query: { filter: active, top: 100 }, loaded });

      expect(await screen.findByText(/\(250 rows\)/)).toBeInTheDocument();
      expect(requests).toHaveLength(3);
    });
  });

  test("the grid exports the rows it holds in the order it shows them, without reading them again", async () => {
    // jsdom has no layout; the grid needs a size to render its rows.
    vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(480);
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(1000);
    const served = subscriptionRows(3000);
    const requests = serveSubscriptions(server, served);
    const { user, grid } = await loadGrid();
    await user.click(within(grid).getByRole("button", { name: "Licences" }));
    await waitFor(() =>
      expect(within(grid).getByRole("columnheader", { name: "Licences" })).toHaveAttribute(
        "aria-sort",
        "ascending",
      ),
    );
    await user.click(screen.getByRole("button", { name: "Export CSV" }));

    expect(await screen.findByText(/\(3,000 rows\)/)).toBeInTheDocument();
    expect(rowRequests(requests)).toHaveLength(1);
    const byLicences = served
      .map((row, index) => ({ id: row.id, key: row.licenseCount as number, index }))
      .sort((a, b) => a.key - b.key || a.index - b.index);
    const saved = Papa.parse<Record<string, string>>(await savedText(), { header: true, delimiter: "," });
    expect(saved.data.map((row) => row.id)).toEqual(byLicences.map((row) => row.id));
  });
});
