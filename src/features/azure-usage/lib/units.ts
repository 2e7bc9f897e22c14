import { keyOf, NOT_SET, type GroupRow } from "../../../lib/grouped-series.ts";

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
    if (unit === NOT_SET) continue;
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
