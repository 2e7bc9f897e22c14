// The five analytics resources as one table (partner-center-api.md §§2-6). Everything per resource
// (row types, query field unions, response schemas, query factories) is derived from it.

export type FieldKind = "string" | "boolean" | "date" | "number";

export interface FieldDef {
  readonly kind: FieldKind;
  readonly filterable?: true;
  readonly groupable?: true;
  /** Documented values, for autocomplete only: the samples already break the documented enums. */
  readonly values?: readonly string[];
  /** Other spellings seen in the docs; parsing renames them to the field's name. */
  readonly aliases?: readonly string[];
}

interface ResourceDef {
  readonly fields: Readonly<Record<string, FieldDef>>;
  readonly measures: readonly string[];
}

// The docs list the same fields as filterable and groupable for every resource; search and referrals
// list none, so their resource fields are used (§5, §6 [INF]).
const term = { kind: "string", filterable: true, groupable: true } as const;
const flag = { kind: "boolean", filterable: true, groupable: true } as const;
const date = { kind: "date", filterable: true, groupable: true } as const;
const oneOf = <const V extends readonly string[]>(values: V) => ({ ...term, values }) as const;
const rowOnly = <const K extends FieldKind>(kind: K) => ({ kind }) as const;

export const resources = {
  "usage/azure": {
    fields: {
      customerTenantId: { ...term, aliases: ["CustomerTenantId"] },
      customerName: term,
      subscriptionId: term,
      subscriptionName: term,
      usageDate: date,
      resourceLocation: term,
      meterCategory: term,
      meterSubcategory: term,
      meterUnit: term,
      reservationOrderId: term,
      reservationId: term,
      consumptionMeterId: term,
      serviceType: term,
      quantity: rowOnly("number"),
    },
    measures: ["quantity"],
  },
  indirectresellers: {
    fields: {
      partnerTenantId: term,
      id: term,
      name: term,
      market: term,
      firstSubscriptionCreationDate: date,
      latestSubscriptionCreationDate: date,
      firstSubscriptionEndDate: date,
      latestSubscriptionEndDate: date,
      firstSubscriptionSuspendedDate: date,
      latestSubscriptionSuspendedDate: date,
      firstSubscriptionDeprovisionedDate: date,
      latestSubscriptionDeprovisionedDate: { ...date, aliases: ["latestSubscriptionDeprovisionedEndDate"] },
      subscriptionCount: rowOnly("number"),
      licenseCount: rowOnly("number"),
    },
    measures: ["indirectResellerCount", "licenseCount", "subscriptionCount"],
  },
  subscriptions: {
    fields: {
      customerTenantId: term,
      customerName: term,
      customerMarket: term,
      id: term,
      status: oneOf(["ACTIVE", "SUSPENDED", "DEPROVISIONED"]),
      productName: term,
      // Documented values plus the ones the grouped sample actually returned (M365, UNKNOWN, Windows).
      subscriptionType: oneOf([
        "Office",
        "Azure",
        "Microsoft365",
        "Dynamics",
        "EMS",
        "M365",
        "UNKNOWN",
        "Windows",
      ]),
      autoRenewEnabled: flag,
      partnerId: term,
      friendlyName: term,
      partnerName: term,
      providerName: term,
      creationDate: date,
      effectiveStartDate: date,
      commitmentEndDate: date,
      currentStateEndDate: date,
      trialToPaidConversionDate: date,
      trialStartDate: date,
      trialEndDate: rowOnly("date"),
      lastUsageDate: date,
      deprovisionedDate: date,
      lastRenewalDate: date,
      licenseCount: rowOnly("number"),
      churnRisk: rowOnly("string"),
      billingCycleName: rowOnly("string"),
    },
    measures: ["subscriptionCount", "licenseCount"],
  },
  search: {
    fields: {
      companyName: term,
      contactButtonClicked: flag,
      keywordCountry: term,
      detailsViewed: flag,
      keywordIndustryFocus: term,
      mpnId: term,
      partnerMarket: term,
      keywordProduct: term,
      referralSubmitted: flag,
      searchDate: date,
      keywordSearchText: term,
    },
    measures: ["searchResultPageViews", "profileViews", "contactClicks", "referralCount"],
  },
  referrals: {
    fields: {
      id: term,
      // Only "Accepted" is documented; the rest are inferred from the lifecycle date fields.
      status: oneOf([
        "Accepted",
        "Acknowledged",
        "Archived",
        "Declined",
        "Expired",
        "Lost",
        "Missed",
        "Skipped",
        "Won",
      ]),
      customerMarket: term,
      customerName: term,
      customerOrgSize: term,
      acceptedDate: date,
      acknowledgedDate: date,
      archivedDate: date,
      declinedDate: date,
      expiredDate: date,
      lostDate: date,
      missedDate: date,
      createdDate: date,
      skippedDate: date,
      wonDate: date,
      partnerMarket: term,
    },
    // INFERENCE: the docs name no aggregate measure for referrals; this mirrors the search resource.
    measures: ["referralCount"],
  },
} as const satisfies Record<string, ResourceDef>;

export type ResourceName = keyof typeof resources;
export const resourceNames = Object.keys(resources) as ResourceName[];

type Fields<R extends ResourceName> = (typeof resources)[R]["fields"];
export type FieldName<R extends ResourceName> = keyof Fields<R> & string;
export type Measure<R extends ResourceName> = (typeof resources)[R]["measures"][number];

type FieldsWith<R extends ResourceName, Flag> = {
  [K in FieldName<R>]: Fields<R>[K] extends Flag ? K : never;
}[FieldName<R>];
export type FilterField<R extends ResourceName> = FieldsWith<R, { filterable: true }>;
export type GroupField<R extends ResourceName> = FieldsWith<R, { groupable: true }>;
/** Ordering is documented only for usage and indirect resellers; allowed on every resource (mock supports it). */
export type OrderField<R extends ResourceName> = GroupField<R> | Measure<R>;
export type FieldOfKind<R extends ResourceName, K extends FieldKind> = FieldsWith<R, { kind: K }>;

interface KindValue {
  string: string;
  boolean: boolean;
  /** ISO 8601 in UTC (`2018-05-27T00:00:00.000Z`), kept as a string so cached data stays serialisable. */
  date: string;
  number: number;
}
// `string & {}` keeps the literal values in autocomplete while accepting any string.
type ValueOf<D> = D extends { values: readonly (infer V)[] }
  ? V | (string & {})
  : D extends FieldDef
    ? KindValue[D["kind"]]
    : never;
export type FieldValue<R extends ResourceName, F extends FieldName<R>> = ValueOf<Fields<R>[F]>;

/** A raw ("get all") row: every field present, `null` when unset or missing from the response. */
export type Row<R extends ResourceName> = { -readonly [F in FieldName<R>]: FieldValue<R, F> | null };

/** A `groupby` row: only the grouped fields and the measures come back, so all are optional. */
export type GroupedRow<R extends ResourceName> = {
  -readonly [F in GroupField<R>]?: FieldValue<R, F> | null;
} & {
  -readonly [M in Measure<R>]?: number | null;
};

const fieldsOf = (resource: ResourceName): Readonly<Record<string, FieldDef>> => resources[resource].fields;

export function fieldDef(resource: ResourceName, name: string): FieldDef | undefined {
  const fields = fieldsOf(resource);
  return Object.hasOwn(fields, name) ? fields[name] : undefined;
}

export function fieldEntries(resource: ResourceName): [string, FieldDef][] {
  return Object.entries(fieldsOf(resource));
}

export function isMeasure(resource: ResourceName, name: string): boolean {
  return (resources[resource].measures as readonly string[]).includes(name);
}
