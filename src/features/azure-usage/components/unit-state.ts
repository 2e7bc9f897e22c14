import type { CardStatus } from "../../../lib/card-data.ts";
import { cardStatus } from "../../../components/card-status.ts";
import type { GroupsResult } from "../../../lib/use-groups.ts";
import { otherUnitsNote, rowsOfUnit } from "../lib/units.ts";

/** The unit every card of the page shows, and the facet query it came from while there is none yet. */
export interface UnitState {
  unit: string | null;
  facet: GroupsResult<"usage/azure"> | undefined;
  /** Why there is no unit once the facet has answered: no usage at all for the range and filters. */
  noUsage: string;
}

type Results = Parameters<typeof cardStatus>[0];

/** Until a unit is known a card shows the unit query's state: loading, its error, or "no usage". */
export function usageCardStatus(state: UnitState, results: Results, empty: string | false): CardStatus {
  if (state.unit) return cardStatus(results, empty);
  return cardStatus([state.facet], state.facet?.data ? state.noUsage : false);
}

/** A card's rows in the unit shown, and the note naming other units the answer held (lib/units.ts). */
export function unitAnswer(result: GroupsResult<"usage/azure"> | undefined, unit: string | null) {
  const rows = result?.data?.rows ?? [];
  if (!unit) return { rows, otherUnits: [] as string[] };
  return rowsOfUnit(rows, unit);
}

/** The note for every unit the card's answers (current and comparison) held besides the one shown. */
export function otherUnitsOf(unit: string | null, ...answers: readonly { otherUnits: string[] }[]) {
  return unit ? otherUnitsNote(unit, [...new Set(answers.flatMap((a) => a.otherUnits))]) : null;
}
