import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import Papa from "papaparse";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { renderPage } from "../../testing/render-page.tsx";
import { ExportButton, ExportOutcome } from "./export-button.tsx";
import { serveSubscriptions, setupTestServer, subscriptionRows } from "./test-server.ts";
import { useCsvExport } from "./use-csv-export.ts";

const server = setupTestServer();
const request = { query: { top: 100 }, keep: null, fileName: "subscriptions_2026-08-01_2026-10-31.csv" };

function Exporter() {
  const { state, start, cancel } = useCsvExport("subscriptions");
  const run = () => void start(request);
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
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });
});
