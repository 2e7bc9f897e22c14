import { PartnerCenterError } from "./errors.ts";
import type { ResourceName } from "./resources.ts";

const analyticsRoot = "/partner/v1/analytics/";

// The upstream hosts (partner-center-api.md §1.1). Behind the /pc proxy the API may still hand out absolute
// links to itself; those are mapped onto the configured base like links to the base's own origin.
const upstreamOrigins = [
  "https://api.partnercenter.microsoft.com",
  "https://partner.partnercenterapi.microsoftonline.cn",
];
const relativeBase = "https://relative.invalid";

function originOf(baseUrl: string): string | undefined {
  try {
    return new URL(baseUrl).origin;
  } catch {
    return typeof location === "undefined" ? undefined : location.origin;
  }
}

/**
 * Turns a page link (ours, or the server's `@nextLink`) into the URL to fetch. Only its path and query
 * after the analytics root are used, always under the configured base, so the bearer token never goes to
 * another host. A link to a foreign origin, or outside this resource, is refused before any request.
 */
export function createLinkResolver(baseUrl: string): (resource: ResourceName, link: string) => string {
  const root = `${baseUrl}${analyticsRoot}`;
  const trusted = new Set([...upstreamOrigins, originOf(baseUrl)]);
  return (resource, link) => {
    const refuse = (why: string) =>
      new PartnerCenterError({
        kind: "invalid-response",
        resource,
        detail: `the next-page link ${JSON.stringify(link.slice(0, 200))} ${why}; it was not followed`,
        correlationId: null,
        requestId: null,
      });
    let url: URL;
    try {
      url = new URL(link, `${relativeBase}${analyticsRoot}`);
    } catch {
      throw refuse("is not a valid link");
    }
    if (url.origin !== relativeBase && !trusted.has(url.origin)) throw refuse("points to another origin");
    const at = url.pathname.indexOf(analyticsRoot);
    const path = at < 0 ? "" : url.pathname.slice(at + analyticsRoot.length).toLowerCase();
    if (path !== resource) throw refuse(`does not point into ${analyticsRoot}${resource}`);
    return `${root}${resource}${url.search}`;
  };
}
