import { expect, test } from "vitest";
import { topResellerItems } from "./top-resellers.ts";

test("keeps the API's ranking; a repeated name carries the reseller id", () => {
  const rows = [
    { id: "7", name: "Contoso", subscriptionCount: 50 },
    { id: "3", name: "Fabrikam", subscriptionCount: 20 },
    { id: "9", name: "Contoso", subscriptionCount: 10 },
    { id: null, name: null, subscriptionCount: null },
  ];
  expect(topResellerItems(rows, "subscriptionCount")).toEqual([
    { key: "7", label: "Contoso (7)", value: 50 },
    { key: "3", label: "Fabrikam", value: 20 },
    { key: "9", label: "Contoso (9)", value: 10 },
    { key: "Unnamed reseller", label: "Unnamed reseller", value: 0 },
  ]);
});
