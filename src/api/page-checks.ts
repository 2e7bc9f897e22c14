import type { PageCursor } from "./page-cursor.ts";
import { buildQueryString, maxTop } from "./query.ts";
import type { AnalyticsQuery } from "./query.ts";
import type { ResourceName } from "./resources.ts";

// A paged read is only whole if every page continues the ones before it. An upstream (or a gateway in front of
// Partner Center) that breaks this once saved files with rows missing, repeated or of another filter, so each
// check below ends the read with what it saw. Each returns the problem in the user's terms, or null.

// `skip` is checked on its own (it must be where the rows so far end); `top` may change from page to page.
const PAGING_PARAMS = new Set(["skip", "top"]);

const paramsOf = (link: string) =>
  new URL(link, "https://relative.invalid/partner/v1/analytics/").searchParams;

function pairs(params: URLSearchParams): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const [name, value] of params) {
    if (!PAGING_PARAMS.has(name.toLowerCase())) byName.set(name, [...(byName.get(name) ?? []), value]);
  }
  return byName;
}

/** The page size a cursor's link asks for (the API's default when it names none). */
export function requestedTop(cursor: PageCursor): number {
  const top = Number(paramsOf(cursor.link).get("top"));
  return Number.isInteger(top) && top >= 1 ? top : maxTop;
}

/**
 * Before a page is requested: its link (ours, or the server's `@nextLink`) must ask for the same query as the
 * read, and continue exactly where the rows read so far end.
 */
export function checkLink<R extends ResourceName>(
  resource: R,
  query: AnalyticsQuery<R>,
  cursor: PageCursor,
): string | null {
  const params = paramsOf(cursor.link);
  const asked = pairs(new URLSearchParams(buildQueryString(resource, query)));
  const got = pairs(params);
  const changes: string[] = [];
  for (const [name, values] of asked) {
    const sent = got.get(name);
    if (!sent) changes.push(`${name} dropped`);
    else if (sent.join("\n") !== values.join("\n")) changes.push(`${name} changed`);
  }
  for (const name of got.keys()) if (!asked.has(name)) changes.push(`${name} added`);
  if (changes.length > 0)
    return `the next-page link changes the query (${changes.join(", ")}); only skip and top may change`;
  const skip = Number(params.get("skip") ?? 0);
  if (skip !== cursor.skip)
    return `the next-page link continues at row ${skip + 1}, not at row ${cursor.skip + 1} where the rows read so far end`;
  return null;
}

/** Same values in the same fields: parsed rows hold only strings, numbers, booleans and null. */
function sameRow(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

/**
 * After a page arrives: the total is the one the first page announced, the page is full unless it is the last
 * (and no longer than the total), and it does not start over rows of the page before it (`cursor.lastRow`).
 */
export function checkPage(cursor: PageCursor, rows: readonly unknown[], totalCount: number): string | null {
  const page = cursor.pageIndex + 1;
  const total = cursor.totalCount ?? totalCount;
  if (totalCount !== total)
    return `Partner Center announced ${total} rows on the first page and ${totalCount} on page ${page}: the data changed during the read`;
  if (cursor.skip + rows.length > total)
    return `Partner Center sent ${rows.length} rows on page ${page}, past the end of the ${total} rows it announced`;
  const top = requestedTop(cursor);
  if (rows.length < top && cursor.skip + rows.length < total)
    return `Partner Center sent ${rows.length} rows on page ${page} (rows ${cursor.skip + 1}–${Math.min(cursor.skip + top, total)}), where ${top} were asked for and ${total} were announced`;
  const last = cursor.lastRow;
  if (last && typeof last === "object") {
    const at = rows.findIndex((row) => row !== null && typeof row === "object" && sameRow(row, last));
    if (at >= 0)
      return `page ${page} repeats rows of the page before it (row ${cursor.skip} is row ${at + 1} of page ${page}): the pages overlap`;
  }
  return null;
}
