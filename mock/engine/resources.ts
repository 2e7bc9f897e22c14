// Field catalogue of the five analytics resources (partner-center-api.md §2–6). Field order is the order of each
// documented row sample, so emitted rows look exactly like the samples.

export type ResourceName = "usage/azure" | "indirectresellers" | "subscriptions" | "search" | "referrals";

export const RESOURCE_NAMES: readonly ResourceName[] = [
  "usage/azure",
  "indirectresellers",
  "subscriptions",
  "search",
  "referrals",
];

export type FieldKind = "string" | "boolean" | "date" | "number";
export type AggregationLevel = "day" | "week" | "month";

export interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  readonly filterable: boolean;
  readonly groupable: boolean;
  readonly orderable: boolean;
}

export type MeasureSpec =
  | { readonly name: string; readonly op: "count" }
  | { readonly name: string; readonly op: "sum"; readonly field: string }
  | { readonly name: string; readonly op: "countTrue"; readonly field: string };

export interface ResourceSpec {
  readonly name: ResourceName;
  readonly fields: readonly FieldSpec[];
  readonly measures: readonly MeasureSpec[];
  /** "datetime" = `2026-05-27T00:00:00` (milliseconds only when non-zero); "date" = `2026-05-30` (search). */
  readonly dateFormat: "datetime" | "date";
  /** What an unset date looks like on the wire: null, or .NET's DateTime.MinValue for indirect resellers. */
  readonly unsetDate: string | null;
  readonly defaultLevel: AggregationLevel | "dateRange";
  /** Grouped counts are strings in the only documented grouped sample (subscriptions). */
  readonly measuresMayBeStrings: boolean;
  /** Documented misspellings accepted in queries, mapped to the canonical name (case is ignored anyway). */
  readonly aliases: Readonly<Record<string, string>>;
}

interface ResourceDefinition {
  fields: Record<string, FieldKind>;
  /** Fields a filter may not use although they are resource fields (default: every field is filterable). */
  notFilterable?: readonly string[];
  /** Groupable fields (default: every non-number field; numbers are what groups add up). */
  groupable?: readonly string[];
  measures: readonly MeasureSpec[];
  dateFormat?: "datetime" | "date";
  unsetDate?: string | null;
  defaultLevel?: AggregationLevel | "dateRange";
  measuresMayBeStrings?: boolean;
  aliases?: Record<string, string>;
}

function defineResource(name: ResourceName, def: ResourceDefinition): ResourceSpec {
  const fields = Object.entries(def.fields).map(([field, kind]) => ({
    name: field,
    kind,
    filterable: !def.notFilterable?.includes(field),
    groupable: def.groupable ? def.groupable.includes(field) : kind !== "number",
    orderable: true,
  }));
  return {
    name,
    fields,
    measures: def.measures,
    dateFormat: def.dateFormat ?? "datetime",
    unsetDate: def.unsetDate ?? null,
    defaultLevel: def.defaultLevel ?? "day",
    measuresMayBeStrings: def.measuresMayBeStrings ?? false,
    aliases: def.aliases ?? {},
  };
}

const words = (text: string): string[] => text.trim().split(/\s+/);

/** Parses "name name:date name:number …" (kind defaults to string), keeping the written order. */
function fieldList(text: string): Record<string, FieldKind> {
  return Object.fromEntries(
    words(text).map((entry) => {
      const [name = "", kind = "string"] = entry.split(":");
      return [name, kind as FieldKind];
    }),
  );
}

export const RESOURCES: Readonly<Record<ResourceName, ResourceSpec>> = {
  "usage/azure": defineResource("usage/azure", {
    fields: fieldList(`
      customerTenantId customerName subscriptionId subscriptionName usageDate:date resourceLocation meterCategory
      meterSubcategory meterUnit reservationOrderId reservationId consumptionMeterId serviceType quantity:number`),
    measures: [{ name: "quantity", op: "sum", field: "quantity" }],
  }),
  indirectresellers: defineResource("indirectresellers", {
    fields: fieldList(`
      partnerTenantId id name market firstSubscriptionCreationDate:date latestSubscriptionCreationDate:date
      firstSubscriptionEndDate:date latestSubscriptionEndDate:date firstSubscriptionSuspendedDate:date
      latestSubscriptionSuspendedDate:date firstSubscriptionDeprovisionedDate:date
      latestSubscriptionDeprovisionedDate:date subscriptionCount:number licenseCount:number`),
    measures: [
      { name: "indirectResellerCount", op: "count" },
      { name: "licenseCount", op: "sum", field: "licenseCount" },
      { name: "subscriptionCount", op: "sum", field: "subscriptionCount" },
    ],
    unsetDate: "0001-01-01T00:00:00",
    aliases: { latestSubscriptionDeprovisionedEndDate: "latestSubscriptionDeprovisionedDate" },
  }),
  subscriptions: defineResource("subscriptions", {
    fields: fieldList(`
      customerTenantId customerName customerMarket id status productName subscriptionType autoRenewEnabled:boolean
      partnerId friendlyName partnerName providerName creationDate:date effectiveStartDate:date
      commitmentEndDate:date currentStateEndDate:date trialToPaidConversionDate:date trialStartDate:date
      trialEndDate:date lastUsageDate:date deprovisionedDate:date lastRenewalDate:date licenseCount:number churnRisk
      billingCycleName`),
    // The doc's filter table leaves trialEndDate out on purpose ("a resource field but not filterable").
    notFilterable: ["trialEndDate"],
    // §4.3's groupby list; churnRisk and billingCycleName were added to the samples later (2019) and are
    // groupable here as an inference, because a churn view needs them.
    groupable:
      words(`customerTenantId customerName customerMarket id status productName subscriptionType autoRenewEnabled
      partnerId friendlyName partnerName providerName creationDate effectiveStartDate commitmentEndDate
      currentStateEndDate trialToPaidConversionDate trialStartDate lastUsageDate deprovisionedDate lastRenewalDate
      churnRisk billingCycleName`),
    measures: [
      { name: "subscriptionCount", op: "count" },
      { name: "licenseCount", op: "sum", field: "licenseCount" },
    ],
    defaultLevel: "dateRange",
    measuresMayBeStrings: true,
  }),
  search: defineResource("search", {
    fields: fieldList(`
      companyName contactButtonClicked:boolean keywordCountry detailsViewed:boolean keywordIndustryFocus mpnId
      partnerMarket keywordProduct referralSubmitted:boolean searchDate:date keywordSearchText`),
    // [INF] A raw search row is one appearance of the partner in a search result page, so the page views are
    // the row count and the other measures count the rows where the visitor went one step further.
    measures: [
      { name: "searchResultPageViews", op: "count" },
      { name: "contactClicks", op: "countTrue", field: "contactButtonClicked" },
      { name: "referralCount", op: "countTrue", field: "referralSubmitted" },
      { name: "profileViews", op: "countTrue", field: "detailsViewed" },
    ],
    dateFormat: "date",
  }),
  referrals: defineResource("referrals", {
    fields: fieldList(`
      id status customerMarket customerName customerOrgSize acceptedDate:date acknowledgedDate:date archivedDate:date
      declinedDate:date expiredDate:date lostDate:date missedDate:date createdDate:date skippedDate:date wonDate:date
      partnerMarket`),
    // [INF] The referrals aggregate is undocumented (§6): a plain count named like the search resource's.
    measures: [{ name: "referralCount", op: "count" }],
  }),
};

/** Resolves a field name as written in a query (case-insensitive, documented aliases) to its spec. */
export function findField(spec: ResourceSpec, written: string): FieldSpec | undefined {
  const lower = written.toLowerCase();
  const alias = Object.entries(spec.aliases).find(([name]) => name.toLowerCase() === lower)?.[1];
  const target = (alias ?? written).toLowerCase();
  return spec.fields.find((field) => field.name.toLowerCase() === target);
}

export function findMeasure(spec: ResourceSpec, written: string): MeasureSpec | undefined {
  const lower = written.toLowerCase();
  return spec.measures.find((measure) => measure.name.toLowerCase() === lower);
}
