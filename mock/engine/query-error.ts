/** The documented ApiFault caps `description` at 1024 characters (partner-center-api.md §1.8). */
const MAX_DESCRIPTION = 1024;

export type QueryErrorCode = "InvalidFilter" | "InvalidParameter";

/**
 * A rejected query: the HTTP layer answers 400 with `{ code, description, data: [], source }`.
 * `source` names the offending query parameter; `position` is the 0-based character offset inside a filter,
 * counted like JSON.parse counts its error positions.
 */
export class QueryError extends Error {
  readonly status = 400;
  readonly code: QueryErrorCode;
  readonly description: string;
  readonly source: string;
  readonly position?: number;

  constructor(code: QueryErrorCode, source: string, description: string, position?: number) {
    const capped =
      description.length > MAX_DESCRIPTION ? `${description.slice(0, MAX_DESCRIPTION - 1)}…` : description;
    super(capped);
    this.name = "QueryError";
    this.code = code;
    this.source = source;
    this.description = capped;
    if (position !== undefined) this.position = position;
  }
}

export function filterError(description: string, position?: number): QueryError {
  return new QueryError("InvalidFilter", "filter", description, position);
}

export function paramError(source: string, description: string): QueryError {
  return new QueryError("InvalidParameter", source, description);
}
