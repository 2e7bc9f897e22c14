import type { PartnerCenterClient } from "../api/client.ts";
import type { RowQuery } from "../api/query.ts";
import { fieldEntries, type ResourceName, type Row } from "../api/resources.ts";
import type { DayRange } from "./date-range.ts";
import { CsvBytes } from "./csv-bytes.ts";
import { PAGES_IN_FLIGHT, readPages } from "./grid-pages.ts";
import type { FilterValue } from "./view-state.ts";

/** Excel reads a CSV file as UTF-8 only when it starts with a byte order mark. */
export const CSV_BOM = "\uFEFF";
const utf8 = new TextEncoder();

type CsvRow = Readonly<Record<string, unknown>>;

/**
 * A CSV file built page by page: the header, then one chunk of UTF-8 bytes per slice of rows (`CsvBytes`). The
 * chunks become one Blob at the end, never one giant string. null and missing values are empty cells.
 */
export class CsvFile {
  private readonly chunks: Uint8Array<ArrayBuffer>[];
  private readonly writer = new CsvBytes();
  rowCount = 0;

  constructor(private readonly fields: readonly string[]) {
    // The header is a row whose every field holds its own name.
    this.writer.rows(fields, [Object.fromEntries(fields.map((field) => [field, field]))]);
    this.chunks = [utf8.encode(CSV_BOM), this.writer.take()];
  }

  add(rows: readonly CsvRow[]): void {
    if (rows.length === 0) return;
    this.writer.newline();
    this.writer.rows(this.fields, rows);
    this.chunks.push(this.writer.take());
    this.rowCount += rows.length;
  }

  /** The whole file as text (tests; the BOM included). */
  text(): string {
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    return this.chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join("") + decoder.decode();
  }

  blob(): Blob {
    return new Blob(this.chunks, { type: "text/csv;charset=utf-8" });
  }
}

const SLICE_ROWS = 2_500;

/** A new task, without setTimeout's 4 ms clamp on chained timers. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface ExportProgress {
  /** Rows written so far (counted before the column filters drop any). */
  read: number;
  /** Rows in the whole result (TotalCount); null before the first page. */
  total: number | null;
}

/**
 * Where an export's rows come from, in file order: hands them over batch by batch (awaiting each), with the
 * size of the whole result, and asks for nothing more once `signal` is aborted.
 */
export type RowSource<R extends ResourceName> = (
  signal: AbortSignal,
  onBatch: (rows: readonly Row<R>[], total: number) => Promise<void>,
) => Promise<void>;

/** Every row of the query, read page by page; a failed page rejects with PageReadFailure. */
export function apiRows<R extends ResourceName>(
  client: PartnerCenterClient,
  resource: R,
  query: RowQuery<R>,
): RowSource<R> {
  return async (signal, onBatch) => {
    await readPages(client, resource, query, {
      signal,
      prefetch: true,
      inFlight: PAGES_IN_FLIGHT,
      onPage: (page) => onBatch(page.rows, page.totalCount),
    });
  };
}

/**
 * Rows already in memory, in `order` (row indices, e.g. a browser sort) or as they are. Reading ~86 MB of JSON
 * again for rows the grid holds took most of an export's time.
 */
export function memoryRows<R extends ResourceName>(
  rows: readonly Row<R>[],
  order: ArrayLike<number> | null,
): RowSource<R> {
  return async (_signal, onBatch) => {
    const ordered = order ? Array.from(order, (index) => rows[index]!) : rows;
    await onBatch(ordered, ordered.length);
  };
}

export interface ExportOptions<R extends ResourceName> {
  signal: AbortSignal;
  /** Keeps only the rows the grid's column filters keep. */
  keep?: ((row: Row<R>) => boolean) | null;
  onProgress?: (progress: ExportProgress) => void;
}

/** The source ended with fewer or more rows than the result's size it announced. */
export class IncompleteExportError extends Error {
  override readonly name = "IncompleteExportError";

  constructor(
    readonly read: number,
    readonly total: number | null,
  ) {
    super(
      total === null
        ? `the read ended after ${read} rows without a total to check them against`
        : `the read brought ${read} rows where Partner Center announced ${total}`,
    );
  }
}

/**
 * Every row `source` gives, every field of the resource (API names as the header). Resolves to null when
 * cancelled; a failure of the source rejects as it is, and so does a source that ends with another number of
 * rows than the total it announced (IncompleteExportError). Nothing is written to disk here, so a failed,
 * incomplete or cancelled export cannot leave a partial file behind.
 */
export async function exportCsv<R extends ResourceName>(
  resource: R,
  source: RowSource<R>,
  { signal, keep, onProgress }: ExportOptions<R>,
): Promise<CsvFile | null> {
  const file = new CsvFile(fieldEntries(resource).map(([name]) => name));
  let read = 0;
  let announced: number | null = null;
  await source(signal, async (rows, total) => {
    announced = total;
    // 10k rows take ~40 ms to write; in slices, with the browser getting a turn in between, scrolling and
    // clicks stay responsive during an export.
    for (let start = 0; start < rows.length && !signal.aborted; start += SLICE_ROWS) {
      if (start > 0) await nextTask();
      const slice = rows.slice(start, start + SLICE_ROWS);
      file.add(keep ? slice.filter(keep) : slice);
      read += slice.length;
      onProgress?.({ read, total });
    }
  });
  if (signal.aborted) return null;
  if (read !== announced) throw new IncompleteExportError(read, announced);
  return file;
}

type Filters = readonly (readonly [string, FilterValue | undefined])[];

const filterValues = (value: FilterValue | undefined) =>
  value === undefined
    ? []
    : typeof value === "boolean"
      ? [String(value)]
      : typeof value === "string"
        ? [value]
        : value;

/** "status: ACTIVE, SUSPENDED; market: DE", or null without filters: what an export's saved message names. */
export function describeFilters(filters: Filters): string | null {
  const parts = filters
    .map(([name, value]) => [name, filterValues(value).join(", ")] as const)
    .filter(([, text]) => text)
    .map(([name, text]) => `${name}: ${text}`);
  return parts.length > 0 ? parts.join("; ") : null;
}

/** The range and the API filters an export reads: "2026-08-01 to 2026-10-31; status: ACTIVE". */
export function exportScope(range: DayRange, filters: Filters): string {
  const described = describeFilters(filters);
  return `${range.from} to ${range.to}${described ? `; ${described}` : ""}`;
}

const MAX_STEM = 150;

/** Letters, digits and `-` only: accents are dropped (Müller → Muller), anything else becomes `-`. */
function safePart(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * `subscriptions_2026-08-01_2026-10-31_status-ACTIVE.csv`: what, which days, which filters (in the order given),
 * in characters every file system and mail client accepts.
 */
export function exportFileName(base: string, range: DayRange, filters: Filters): string {
  const parts = [safePart(base) || "export", range.from, range.to];
  for (const [name, value] of filters) {
    const text = filterValues(value).map(safePart).filter(Boolean).join("-");
    if (text) parts.push(`${safePart(name)}-${text}`);
  }
  return `${parts
    .join("_")
    .slice(0, MAX_STEM)
    .replace(/[-_]+$/, "")}.csv`;
}
