import * as v from "valibot";
import { PartnerCenterError } from "./errors.ts";
import type { ResourceName } from "./resources.ts";
import { envelopeSchemaFor, errorBodySchema } from "./schemas.ts";
import type { Envelope, RowShape, ShapedRow } from "./schemas.ts";

export interface RequestIds {
  correlationId: string;
  requestId: string;
}

/** `Value[3].licenseCount`; `response` for the body as a whole. */
function formatPath(path: readonly { key: unknown }[] | undefined): string {
  if (!path?.length) return "response";
  return path
    .map(({ key }, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join("");
}

function preview(text: string): string {
  const start = text.trim().slice(0, 60);
  return start ? `, body starts with ${JSON.stringify(start)}` : ", empty body";
}

/** Parses and validates a 2xx body; anything unexpected becomes an "invalid-response" error naming the field. */
export function parsePage<R extends ResourceName, S extends RowShape>(
  resource: R,
  shape: S,
  text: string,
  ids: RequestIds,
): Envelope<ShapedRow<R, S>> {
  const invalid = (detail: string) =>
    new PartnerCenterError({ kind: "invalid-response", resource, detail, status: 200, ...ids });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid(`the response is not JSON${preview(text)}`);
  }
  const result = v.safeParse(envelopeSchemaFor(resource, shape), json, { abortEarly: true });
  if (!result.success) {
    const [issue] = result.issues;
    throw invalid(`${formatPath(issue.path)}: ${issue.message}`);
  }
  const { Value, TotalCount, "@nextLink": nextLink } = result.output;
  return { rows: Value as ShapedRow<R, S>[], nextLink, totalCount: TotalCount };
}

export interface FaultDetails {
  code: string | null;
  description: string | null;
  data: unknown;
  source: string | null;
}

/** Reads an error body: ApiFault, the throttling body, plain text, or nothing usable. */
export function parseFault(text: string): FaultDetails {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Short plain text (from a proxy or gateway) is worth showing; an HTML error page is not.
    const plain = text.trim();
    const description = plain && !plain.startsWith("<") ? plain.slice(0, 300) : null;
    return { code: null, description, data: null, source: null };
  }
  const result = v.safeParse(errorBodySchema, json);
  if (!result.success) return { code: null, description: null, data: json, source: null };
  const { code, description, message, data, source } = result.output;
  return {
    code: code ?? null,
    description: description ?? message ?? null,
    data: data ?? null,
    source: source ?? null,
  };
}
