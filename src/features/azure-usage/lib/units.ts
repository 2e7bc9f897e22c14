import { isValueKey, keyOf, labelOf, type GroupRow } from "../../../lib/grouped-series.ts";

export interface UnitOption {
  unit: string;
  /** Distinct meter categories measured in this unit: how widely the unit is used. */
  categories: number;
}

/** Units in the order the API returned them, each with how many meter categories use it. */
export function unitOptions(rows: readonly GroupRow[]): UnitOption[] {
  const categories = new Map<string, Set<string>>();
  for (const row of rows) {
    const unit = keyOf(row.meterUnit);
    if (!isValueKey(unit)) continue;
    const set = categories.get(unit) ?? new Set<string>();
    set.add(keyOf(row.meterCategory));
    categories.set(unit, set);
  }
  return [...categories].map(([unit, set]) => ({ unit, categories: set.size }));
}

export interface UnitChoice {
  unit: string | null;
  /** Units the URL listed beyond the first: not shown, because they cannot be added to it. */
  ignored: string[];
}

const listOf = (value: unknown): readonly string[] => (Array.isArray(value) ? value : []);

/**
 * The unit the page shows. The URL's first meterUnit wins. Otherwise grouped usage has no row count, so "most
 * used" is read as the unit the most meter categories are measured in (within any category/subcategory filter);
 * ties go to the one the API returned first.
 */
export function chooseUnit(
  requested: readonly string[],
  facetRows: readonly GroupRow[],
  filters: Readonly<Record<string, unknown>>,
): UnitChoice {
  if (requested.length) return { unit: requested[0]!, ignored: requested.slice(1) };
  const categories = listOf(filters.meterCategory);
  const subcategories = listOf(filters.meterSubcategory);
  const relevant = facetRows.filter(
    (row) =>
      (!categories.length || categories.includes(keyOf(row.meterCategory))) &&
      (!subcategories.length || subcategories.includes(keyOf(row.meterSubcategory))),
  );
  const best = unitOptions(relevant).reduce<UnitOption | null>(
    (top, option) => (top && top.categories >= option.categories ? top : option),
    null,
  );
  return { unit: best?.unit ?? null, ignored: [] };
}

export interface UnitRows {
  /** The rows measured in the unit shown: the only ones a total may add. */
  rows: GroupRow[];
  /** Other units the answer held although the query asked for one: a data problem the card names. */
  otherUnits: string[];
}

/**
 * Keeps the rows of one unit. Every usage query filters on `meterUnit eq …` and also groups by it, so an upstream
 * (or gateway) that ignores the filter cannot make a card add hours to gigabytes under one unit's name.
 */
export function rowsOfUnit(rows: readonly GroupRow[], unit: string): UnitRows {
  const kept: GroupRow[] = [];
  const others = new Set<string>();
  for (const row of rows) {
    const rowUnit = keyOf(row.meterUnit);
    if (rowUnit === unit) kept.push(row);
    else others.add(rowUnit);
  }
  return { rows: kept, otherUnits: [...others] };
}

/** The card's note for rows of other units, or nothing when the answer held one unit. */
export function otherUnitsNote(unit: string, otherUnits: readonly string[]): string | null {
  if (!otherUnits.length) return null;
  const listed =
    otherUnits.slice(0, 5).map(labelOf).join(", ") +
    (otherUnits.length > 5 ? ` and ${otherUnits.length - 5} more` : "");
  return `Partner Center also returned usage in ${listed} although only ${unit} was asked for; those rows are left out, so this card counts ${unit} only.`;
}
