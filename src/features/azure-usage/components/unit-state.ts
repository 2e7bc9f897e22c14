import type { CardStatus } from "../../../lib/card-data.ts";
import { cardStatus } from "../../../components/card-status.ts";
import type { GroupsResult } from "../../../lib/use-groups.ts";

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
