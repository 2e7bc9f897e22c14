import type { PageSchema } from "../../lib/view-state.ts";

// The overview filters only by what every resource shares: the customer market.
export const overviewSchema: PageSchema = {
  filters: [{ param: "customerMarket", label: "Customer market", kind: "list" }],
};
