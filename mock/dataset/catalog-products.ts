import { WeightedPicker } from "./prng.ts";
import { items, rows } from "./text-table.ts";

export interface Product {
  readonly type: string;
  readonly name: string;
  /** Typical share of the customer's seats on this product; 0 means unlicensed (Azure). */
  readonly seatShare: number;
}

// subscriptionType; product; weight (≈ share of subscriptions, %); seat share. The odd types (M365, UNKNOWN,
// Windows) appear in the documented grouped sample, so the demo has them too.
const PRODUCT_TABLE = `
  Office; OFFICE 365 E3; 9; 0.6
  Office; OFFICE 365 E1; 5; 0.4
  Office; OFFICE 365 E5; 2.5; 0.3
  Office; OFFICE 365 BUSINESS PREMIUM; 7; 0.8
  Office; OFFICE 365 BUSINESS ESSENTIALS; 4; 0.7
  Office; OFFICE 365 PROPLUS; 3; 0.4
  Office; EXCHANGE ONLINE (PLAN 1); 5; 0.5
  Office; EXCHANGE ONLINE (PLAN 2); 1.5; 0.3
  Office; PROJECT ONLINE PROFESSIONAL; 1.5; 0.05
  Office; VISIO ONLINE PLAN 2; 1.5; 0.05
  Microsoft365; MICROSOFT 365 BUSINESS BASIC; 4; 0.8
  Microsoft365; MICROSOFT 365 BUSINESS STANDARD; 6; 0.8
  Microsoft365; MICROSOFT 365 BUSINESS PREMIUM; 5; 0.8
  Microsoft365; MICROSOFT 365 E3; 3.5; 0.6
  Microsoft365; MICROSOFT 365 E5; 1.5; 0.3
  Microsoft365; MICROSOFT 365 F3; 1; 0.4
  Microsoft365; MICROSOFT 365 APPS FOR BUSINESS; 1; 0.5
  Azure; MICROSOFT AZURE; 2.5; 0
  Azure; AZURE PLAN; 6.5; 0
  Dynamics; DYNAMICS 365 SALES ENTERPRISE; 2; 0.1
  Dynamics; DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE; 1.2; 0.08
  Dynamics; DYNAMICS 365 BUSINESS CENTRAL ESSENTIALS; 2; 0.1
  Dynamics; DYNAMICS 365 TEAM MEMBERS; 1.2; 0.2
  Dynamics; DYNAMICS 365 FIELD SERVICE; 0.6; 0.05
  EMS; ENTERPRISE MOBILITY + SECURITY E3; 3; 0.5
  EMS; ENTERPRISE MOBILITY + SECURITY E5; 1.5; 0.3
  EMS; MICROSOFT INTUNE; 1.2; 0.4
  EMS; AZURE ACTIVE DIRECTORY PREMIUM P1; 1.3; 0.4
  M365; MICROSOFT 365 E3; 0.5; 0.5
  Windows; WINDOWS 10 ENTERPRISE E3; 1; 0.3
  Windows; WINDOWS 11 ENTERPRISE E5; 0.5; 0.3
  UNKNOWN; POWER BI PRO; 5; 0.15
  UNKNOWN; MICROSOFT TEAMS ROOMS STANDARD; 0.7; 0.01
  UNKNOWN; PROJECT PLAN 3; 1.3; 0.05
  UNKNOWN; MICROSOFT DEFENDER FOR ENDPOINT P2; 1; 0.4`;

export const productPicker = new WeightedPicker(
  rows(PRODUCT_TABLE).map(([type = "", name = "", weight, seatShare]) => {
    const product: Product = { type, name, seatShare: Number(seatShare) };
    return [product, Number(weight)] as const;
  }),
);

export const AZURE_FRIENDLY_NAMES = items(
  "PRODUCTION | DEV/TEST | DATA PLATFORM | WEB APPS | DR SITE | ANALYTICS SANDBOX | SAP LANDSCAPE | AZURE PURCHSE SAMPLE APP",
);
export const FRIENDLY_NAMES = items(
  "FULL OFFICE SUITE | HQ USERS | SALES TEAM | FRONTLINE WORKERS | FINANCE | BRANCH OFFICES | PILOT GROUP | CONTRACTORS",
);

export interface Meter {
  readonly category: string;
  readonly subcategory: string;
  readonly unit: string;
  readonly serviceType: string;
  /** Typical daily quantity for a small customer, before size, growth and noise. */
  readonly dailyBase: number;
  /** Weekend share of a weekday's quantity (dev/test machines are shut down, storage is not). */
  readonly weekend: number;
  readonly popularity: number;
  /** Only virtual machines are bought as reservations. */
  readonly reservable: boolean;
  /** The sample's "Data Management" row has no consumption meter id; the others get one. */
  readonly hasMeterId: boolean;
}

// category; subcategory; unit; serviceType; daily base; weekend share; popularity
const METER_TABLE = `
  Virtual Machines; Dv3/DSv3 Series; 1 Hour; Standard_D2s_v3; 48; 0.75; 10
  Virtual Machines; Esv3 Series; 1 Hour; Standard_E4s_v3; 24; 0.8; 5
  Virtual Machines; BS Series; 1 Hour; Standard_B2s; 72; 0.6; 7
  Virtual Machines; Dsv5 Series Windows; 1 Hour; Standard_D4s_v5; 24; 0.7; 4
  Storage; General Block Blob; 1 GB/Month; ; 400; 1; 9
  Storage; Premium SSD Managed Disks; 1 GB/Month; ; 256; 1; 7
  Storage; Tables; 10,000s; ; 30; 0.6; 3
  Bandwidth; None; 1 GB; ; 15; 0.6; 8
  Data Management; None; 10,000s; ; 20; 0.7; 3
  SQL Database; General Purpose - Compute Gen5; 1 Hour; ; 48; 0.9; 5
  SQL Database; Single Standard; 1 Hour; ; 24; 1; 3
  Azure App Service; Standard Plan; 1 Hour; S1; 24; 1; 5
  Azure Monitor; Log Analytics; 1 GB; ; 3; 0.8; 4
  Virtual Network; Peering; 1 GB; ; 10; 0.7; 2
  Load Balancer; Standard; 1 Hour; ; 24; 1; 2
  Key Vault; Operations; 10,000s; ; 5; 0.7; 3
  Cloud Services; A2 Cloud Services; 100 Hours; ; 1; 1; 1`;

export const METERS: readonly Meter[] = rows(METER_TABLE).map(
  ([category = "", subcategory = "", unit = "", serviceType = "", dailyBase, weekend, popularity]) => ({
    category,
    subcategory,
    unit,
    serviceType,
    dailyBase: Number(dailyBase),
    weekend: Number(weekend),
    popularity: Number(popularity),
    reservable: category === "Virtual Machines",
    hasMeterId: category !== "Data Management",
  }),
);
