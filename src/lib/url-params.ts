import * as v from "valibot";

/**
 * Reading a query string through a table of parameters: one valibot schema per parameter. Every page and the
 * monthly report read their links through this, so they all decode, reject and report alike. Reading never
 * fails: a parameter that is unknown, invalid, repeated or badly encoded is left out and named in `rejected`.
 */

export interface RejectedParam {
  param: string;
  value: string;
  reason: string;
}

/** A parameter's schema takes its list items: the raw value split at bare commas, each item decoded. */
export type ParamSchema<T> = v.GenericSchema<readonly string[], T>;
/** A parameter left out of a table (`undefined`) is unknown to it. */
export type ParamTable = { readonly [param: string]: ParamSchema<unknown> | undefined };
export type ParamValues<T extends ParamTable> = {
  -readonly [K in keyof T]?: v.InferOutput<NonNullable<T[K]>>;
};

/** Parameters every page shares; page switches keep these and drop the rest, and no page rejects them. */
export const SHARED_PARAMS = ["range", "compare", "grain", "customerMarket"] as const;

/** A single value: the items joined back, since only a list gives a bare comma a meaning. */
export const single = <T>(schema: v.GenericSchema<string, T>): ParamSchema<T> =>
  v.pipe(
    v.array(v.string()),
    v.transform((items) => items.join(",")),
    schema,
  );

// List items are joined with a bare comma; a comma inside a value (meter unit "10,000s") stays encoded as
// %2C, so the raw query is split before decoding.
const decode = (raw: string) => {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return null;
  }
};
/** The readable encoding: spaces as `+`, `:` as is, and a comma inside a value as %2C. */
export const encode = (text: string) => encodeURIComponent(text).replace(/%20/g, "+").replace(/%3A/g, ":");

function rawPairs(search: string): [string, string[] | null][] {
  const pairs: [string, string[] | null][] = [];
  for (const part of search.replace(/^\?/, "").split("&")) {
    if (!part) continue;
    const [rawName = "", ...rest] = part.split("=");
    const items = rest.join("=").split(",").map(decode);
    pairs.push([decode(rawName) ?? rawName, items.includes(null) ? null : (items as string[])]);
  }
  return pairs;
}

export function parseParams<T extends ParamTable>(
  search: string,
  table: T,
  unknownReason: string,
): { values: ParamValues<T>; rejected: RejectedParam[] } {
  const values: Record<string, unknown> = {};
  const rejected: RejectedParam[] = [];
  const seen = new Set<string>();
  const reject = (param: string, value: string, reason: string) =>
    rejected.push({ param, value: value.slice(0, 200), reason });
  for (const [param, items] of rawPairs(search)) {
    if (items === null || /\p{Cc}/u.test(param)) {
      reject(param.replace(/\p{Cc}/gu, "?"), "", "is not validly percent-encoded");
      continue;
    }
    const value = items.join(",");
    if (seen.has(param)) {
      reject(param, value, "appears more than once; the first one is used");
      continue;
    }
    seen.add(param);
    const schema = Object.hasOwn(table, param) ? table[param] : undefined;
    if (schema) {
      const parsed = v.safeParse(schema, items);
      if (parsed.success) values[param] = parsed.output;
      else {
        const issue = parsed.issues[0];
        reject(param, value, `${v.getDotPath(issue) ? "a value " : ""}${issue.message}`);
      }
    } else if (!(SHARED_PARAMS as readonly string[]).includes(param)) {
      // Shared parameters travel between pages; a page without that field just does not use it.
      reject(param, value, unknownReason);
    }
  }
  // Each value is the output of its own parameter's schema, which is what ParamValues<T> says; TypeScript cannot
  // follow that through a loop over runtime names, so this is the one place the record is given its type.
  return { values: values as ParamValues<T>, rejected };
}
