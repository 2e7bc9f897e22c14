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

/** A 2xx body's envelope, or what is wrong with it ("Value[3].licenseCount: …"). */
export type ReadEnvelope<T> = { envelope: Envelope<T> } | { problem: string };

/** Parses and validates a 2xx body, without throwing: what a worker can send back as it is. */
export function readEnvelope<R extends ResourceName, S extends RowShape>(
  resource: R,
  shape: S,
  text: string,
): ReadEnvelope<ShapedRow<R, S>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: `the response is not JSON${preview(text)}` };
  }
  const result = v.safeParse(envelopeSchemaFor(resource, shape), json, { abortEarly: true });
  if (!result.success) {
    const [issue] = result.issues;
    return { problem: `${formatPath(issue.path)}: ${issue.message}` };
  }
  const { Value, TotalCount, "@nextLink": nextLink } = result.output;
  return { envelope: { rows: Value as ShapedRow<R, S>[], nextLink, totalCount: TotalCount } };
}

/** The error of a 2xx body that is not a valid page. */
export function invalidPage(resource: ResourceName, problem: string, ids: RequestIds): PartnerCenterError {
  return new PartnerCenterError({ kind: "invalid-response", resource, detail: problem, status: 200, ...ids });
}

/** Parses and validates a 2xx body; anything unexpected becomes an "invalid-response" error naming the field. */
export function parsePage<R extends ResourceName, S extends RowShape>(
  resource: R,
  shape: S,
  text: string,
  ids: RequestIds,
): Envelope<ShapedRow<R, S>> {
  const read = readEnvelope(resource, shape, text);
  if ("problem" in read) throw invalidPage(resource, read.problem, ids);
  return read.envelope;
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
