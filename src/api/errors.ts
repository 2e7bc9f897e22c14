import type { PageCursor, ResumePoint } from "./page-cursor.ts";
import type { ResourceName } from "./resources.ts";

export type PartnerCenterErrorKind =
  | "bad-request"
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "throttled"
  | "server"
  | "network"
  | "timeout"
  | "invalid-response"
  /** A page that does not continue the ones before it (see page-checks.ts): the read cannot be whole. */
  | "inconsistent-pages"
  | "aborted";

export interface PartnerCenterErrorInit {
  kind: PartnerCenterErrorKind;
  resource: ResourceName;
  /** User-facing text; the message prefixes it with the resource. */
  detail: string;
  status?: number | null;
  code?: string | null;
  description?: string | null;
  source?: string | null;
  data?: unknown;
  /** Null when the failure happened before any request was sent (e.g. an untrusted next-page link). */
  correlationId: string | null;
  requestId: string | null;
  retryAfterSeconds?: number | null;
  /** When Partner Center said to try again (from Retry-After). */
  retryAt?: Date | null;
  cause?: unknown;
}

/** Every failure of a Partner Center call, already classified, with the ids support asks for. */
export class PartnerCenterError extends Error {
  override readonly name: string = "PartnerCenterError";
  readonly kind: PartnerCenterErrorKind;
  readonly resource: ResourceName;
  readonly detail: string;
  readonly status: number | null;
  readonly code: string | null;
  readonly description: string | null;
  readonly source: string | null;
  readonly data: unknown;
  readonly correlationId: string | null;
  readonly requestId: string | null;
  readonly retryAfterSeconds: number | null;
  readonly retryAt: Date | null;

  constructor(init: PartnerCenterErrorInit, message = `${init.resource}: ${init.detail}`) {
    super(message, { cause: init.cause });
    this.kind = init.kind;
    this.resource = init.resource;
    this.detail = init.detail;
    this.status = init.status ?? null;
    this.code = init.code ?? null;
    this.description = init.description ?? null;
    this.source = init.source ?? null;
    this.data = init.data ?? null;
    this.correlationId = init.correlationId;
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.retryAt = init.retryAt ?? null;
  }
}

/** A paged read failed part-way; the rows loaded so far are kept so the UI can offer to resume. */
export class PagedReadError<T = unknown> extends PartnerCenterError {
  override readonly name: string = "PagedReadError";
  readonly pageIndex: number;
  readonly skip: number;
  readonly rows: readonly T[];
  readonly resumeFrom: ResumePoint<T>;

  constructor(cause: PartnerCenterError, cursor: PageCursor, rows: readonly T[], totalCount: number | null) {
    const of = totalCount === null ? "" : ` of ${totalCount}`;
    super(
      { ...cause, cause },
      `${cause.resource}: page ${cursor.pageIndex + 1} (from row ${cursor.skip + 1}) failed after ${rows.length}${of} rows were loaded: ${cause.detail}`,
    );
    this.pageIndex = cursor.pageIndex;
    this.skip = cursor.skip;
    this.rows = rows;
    this.resumeFrom = { cursor, rows, totalCount };
  }
}

export type InvalidQueryProblem =
  | "unknown-field"
  | "invalid-value"
  | "resource-mismatch"
  | "aggregation-without-groupby"
  | "invalid-top"
  | "invalid-skip";

/** A query the client refuses to send; thrown before any request, never retried. */
export class InvalidQueryError extends Error {
  override readonly name = "InvalidQueryError";

  constructor(
    readonly resource: ResourceName,
    readonly problem: InvalidQueryProblem,
    detail: string,
  ) {
    super(`${resource}: ${detail}`);
  }
}
