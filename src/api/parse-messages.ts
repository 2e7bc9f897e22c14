import { readEnvelope } from "./parse.ts";
import type { ResourceName } from "./resources.ts";
import type { RowShape } from "./schemas.ts";

// What the page parser (off-thread-parse.ts) and its worker (parse-worker.ts) say to each other.

/** Rows per message from the worker. */
export const ROWS_PER_MESSAGE = 1_000;

export interface ParseRequest {
  id: number;
  resource: ResourceName;
  shape: RowShape;
  text: string;
}

export type ParseReply =
  | { id: number; rows: unknown[] }
  | { id: number; end: { nextLink: string | null; totalCount: number } }
  | { id: number; problem: string };

/** The worker's answer to one request: the page's rows in slices, then the rest of the envelope, or the problem. */
export function parseReplies({ id, resource, shape, text }: ParseRequest): ParseReply[] {
  const read = readEnvelope(resource, shape, text);
  if ("problem" in read) return [{ id, problem: read.problem }];
  const { rows, nextLink, totalCount } = read.envelope;
  const replies: ParseReply[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE)
    replies.push({ id, rows: rows.slice(start, start + ROWS_PER_MESSAGE) });
  replies.push({ id, end: { nextLink, totalCount } });
  return replies;
}
