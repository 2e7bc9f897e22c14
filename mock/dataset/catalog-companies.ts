import { WeightedPicker, type Rng } from "./prng.ts";
import { items, rows } from "./text-table.ts";

export interface Market {
  readonly code: string;
  /** Share of a mid-size partner's customers in this market. */
  readonly weight: number;
  readonly suffixes: readonly string[];
  /** Azure regions customers there mostly deploy to, in the samples' spelling ("useast"). */
  readonly regions: readonly string[];
}

// code; weight; legal suffixes; Azure regions
const MARKET_TABLE = `
  US; 30; Inc.|LLC|Corp.; useast|useast2|uswest|uscentral
  GB; 9; Ltd|plc; uksouth|ukwest|westeurope|northeurope
  DE; 8; GmbH|AG; germanywestcentral|westeurope|northeurope
  FR; 6; SAS|SA; francecentral|westeurope
  CA; 5; Inc.|Ltd.; canadacentral|canadaeast
  NL; 4; B.V.; westeurope|northeurope
  JP; 4; K.K.; japaneast|japanwest
  AU; 4; Pty Ltd; australiaeast|australiasoutheast
  IN; 4; Pvt Ltd; centralindia|southindia
  BR; 3; Ltda.; brazilsouth
  ES; 3; S.L.|S.A.; westeurope|northeurope
  IT; 3; S.r.l.|S.p.A.; italynorth|westeurope
  SE; 2; AB; swedencentral|northeurope
  CH; 2; AG|GmbH; switzerlandnorth|westeurope
  BE; 2; BV|SRL; westeurope
  PL; 2; Sp. z o.o.; polandcentral|westeurope
  MX; 2; S.A. de C.V.; uscentral|ussouthcentral
  SG; 2; Pte Ltd; southeastasia
  NO; 1.5; AS; norwayeast|northeurope
  DK; 1.5; ApS|A/S; northeurope|westeurope
  AT; 1.5; GmbH; germanywestcentral|westeurope
  IE; 1.5; Ltd|DAC; northeurope
  FI; 1; Oy; northeurope
  NZ; 1; Ltd; australiaeast
  ZA; 1; (Pty) Ltd; southafricanorth
  AE; 1; LLC|FZE; uaenorth
  KR; 1; Co., Ltd.; koreacentral
  PT; 1; Lda.; westeurope
  CZ; 1; s.r.o.; westeurope|northeurope
  IL; 1; Ltd; israelcentral|westeurope`;

export const MARKETS: readonly Market[] = rows(MARKET_TABLE).map(
  ([code = "", weight, suffixes = "", regions = ""]) => ({
    code,
    weight: Number(weight),
    suffixes: items(suffixes),
    regions: items(regions),
  }),
);

export const marketPicker = new WeightedPicker(MARKETS.map((market) => [market, market.weight] as const));

// Microsoft's documentation sample companies, so the demo reads like Microsoft material.
const BASES = items(`
  Contoso | Fabrikam | Northwind | Adventure Works | Tailspin | Wingtip | Litware | Proseware | Woodgrove
  Alpine Ski House | Coho | Fourth Coffee | Lamna | Relecloud | Trey Research | Wide World Importers
  Margie's Travel | Lucerne | Humongous | Blue Yonder | City Power & Light | Consolidated Messenger | A. Datum
  Southridge | VanArsdel | Bellows | Best For You | Fincher | Nod | Tasmanian Traders | First Up | Munson's
  Graphic Design Institute | Boulder Innovations | Cronus | Olympic | Liberty's | Datum | Lakeshore | Adatum`);
const TRADES = items(`
  Logistics | Health | Manufacturing | Retail | Energy | Foods | Legal | Insurance | Capital | Engineering
  Media | Travel | Pharma | Construction | Analytics | Telecom | Motors | Hospitality | Design | Education
  Holdings | Labs | Systems | Partners | Consulting | Group | Services | Aviation | Marine | Farms`);

/** Unique company names like "Fabrikam Logistics GmbH", with the market's legal suffix. */
export class CompanyNames {
  private readonly used = new Set<string>();

  take(name: string): string {
    this.used.add(name);
    return name;
  }

  next(rng: Rng, market: Market): string {
    for (let attempt = 0; ; attempt++) {
      // Past a few collisions the combinations are nearly used up, so a branch number keeps names unique.
      const branch = attempt < 4 ? "" : ` ${attempt}`;
      const name = `${rng.pick(BASES)} ${rng.pick(TRADES)}${branch} ${rng.pick(market.suffixes)}`;
      if (!this.used.has(name)) return this.take(name);
    }
  }
}
