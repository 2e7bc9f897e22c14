import { describe, expect, test } from "vitest";
import { filterFor } from "./filter.ts";
import { checkLink, checkPage, requestedTop } from "./page-checks.ts";

const filter = filterFor("subscriptions").eq("status", "ACTIVE");
const query = { filter, top: 100 };
const at = (link: string, skip: number, more = {}) => ({ link, pageIndex: 1, skip, ...more });

describe("checkLink", () => {
  test("accepts the query's parameters in any order and encoding, with another top", () => {
    const link = `subscriptions?skip=100&top=50&filter=${encodeURIComponent(filter.expression).replace(/%20/g, "+")}`;
    expect(checkLink("subscriptions", query, at(link, 100))).toBeNull();
    expect(
      checkLink(
        "subscriptions",
        query,
        at(`https://api.partnercenter.microsoft.com/partner/v1/analytics/${link}`, 100),
      ),
    ).toBeNull();
  });

  test("names what a link changes besides skip and top", () => {
    expect(
      checkLink("subscriptions", query, at("subscriptions?top=100&skip=100&filter=x&groupby=status", 100)),
    ).toBe(
      "the next-page link changes the query (filter changed, groupby added); only skip and top may change",
    );
  });

  test("a link without skip, past the first page, goes back to the start", () => {
    const link = `subscriptions?top=100&filter=${encodeURIComponent(filter.expression)}`;
    expect(checkLink("subscriptions", query, at(link, 100))).toMatch(/continues at row 1, not at row 101/);
  });
});

describe("checkPage", () => {
  const cursor = at("subscriptions?top=100&skip=100", 100, { totalCount: 250, lastRow: { id: "s99" } });
  const rows = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `s${from + i}` }));

  test("a full page, and a short last page, continue the read", () => {
    expect(checkPage(cursor, rows(100, 100), 250)).toBeNull();
    expect(checkPage({ ...cursor, skip: 200 }, rows(200, 50), 250)).toBeNull();
  });

  test("a page past the announced total is refused", () => {
    expect(checkPage({ ...cursor, skip: 200 }, rows(200, 60), 250)).toBe(
      "Partner Center sent 60 rows on page 2, past the end of the 250 rows it announced",
    );
  });

  test("the first page of an empty result is whole", () => {
    expect(checkPage({ link: "subscriptions", pageIndex: 0, skip: 0 }, [], 0)).toBeNull();
  });

  test("a page is as long as the link's top, or the API's default without one", () => {
    expect(requestedTop(cursor)).toBe(100);
    expect(requestedTop(at("subscriptions?skip=5", 5))).toBe(10_000);
  });
});
