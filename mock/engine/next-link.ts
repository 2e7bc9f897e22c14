import type { ResourceName } from "./resources.ts";

// Commas are legal in a query string and the documented example keeps them readable
// ("groupby=meterCategory,usageDate"), so only they are put back after percent-encoding.
const encode = (text: string): string => encodeURIComponent(text).replaceAll("%2C", ",");

/**
 * `@nextLink` relative to the analytics root, repeating every original parameter in its original order
 * with `skip` advanced (or appended), like the sibling API's documented link (partner-center-api.md §1.7).
 */
export function nextLink(resource: ResourceName, params: URLSearchParams, skip: number): string {
  const pairs = [...params].map(([name, value]): [string, string] =>
    name.toLowerCase() === "skip" ? [name, String(skip)] : [name, value],
  );
  if (!pairs.some(([name]) => name.toLowerCase() === "skip")) pairs.push(["skip", String(skip)]);
  return `${resource}?${pairs.map(([name, value]) => `${encode(name)}=${encode(value)}`).join("&")}`;
}
