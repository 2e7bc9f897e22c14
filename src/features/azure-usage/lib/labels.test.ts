import { describe, expect, it } from "vitest";
import { subscriptionLabel } from "./labels.ts";

describe("subscriptionLabel", () => {
  it("names the subscription and its customer, and says when either is missing", () => {
    expect(subscriptionLabel({ subscriptionName: "PRODUCTION", customerName: "Contoso" })).toBe(
      "PRODUCTION (Contoso)",
    );
    expect(subscriptionLabel({ subscriptionName: "", customerName: null })).toBe("Not set (Not set)");
  });
});
