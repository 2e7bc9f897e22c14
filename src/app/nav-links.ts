export interface NavItem {
  path: string;
  label: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: "/", label: "Overview" },
  { path: "/subscriptions", label: "Subscriptions" },
  { path: "/azure-usage", label: "Azure usage" },
  { path: "/referrals", label: "Referrals" },
  { path: "/search", label: "Search" },
  { path: "/resellers", label: "Indirect resellers" },
  { path: "/report", label: "Monthly report" },
];
