import type { ReactNode } from "react";
import type { CardStatus, Item } from "../lib/card-data.ts";
import { ChartCard } from "./chart-card.tsx";
import { BarListChart } from "./charts/bar-list-chart.tsx";
import { rankedTable } from "../lib/grouped-series.ts";

// Every "by X" and top-N card of every page is this one.

interface RankedBarsCardProps {
  title: string;
  description?: ReactNode;
  status: CardStatus;
  items: readonly Item[];
  /** The least height; 320 px unless the card's list is known to be shorter or longer. */
  height?: number;
  /** Table header of the label column, e.g. "Product". */
  labelColumn: string;
  /** Table header of the value column, with its unit, e.g. "Quantity (1 Hour)". */
  valueColumn: string;
  unit?: string;
  /** The measure, for its colour; or each bar in its key's colour (types). */
  colorKey?: string;
  colorByItem?: boolean;
  /** Drill-down; `canSelect` leaves out values the filter cannot take. */
  onSelect?: (key: string) => void;
  canSelect?: (key: string) => boolean;
  selectLabel?: string;
}

export function RankedBarsCard({
  title,
  description,
  status,
  items,
  height = 320,
  labelColumn,
  valueColumn,
  unit,
  colorKey,
  colorByItem,
  onSelect,
  canSelect,
  selectLabel,
}: RankedBarsCardProps) {
  return (
    <ChartCard
      title={title}
      description={description}
      height={height}
      status={status}
      table={rankedTable(labelColumn, valueColumn, items)}
    >
      <BarListChart
        items={items}
        height={height}
        unit={unit}
        colorKey={colorKey}
        colorByItem={colorByItem}
        onSelect={onSelect}
        canSelect={canSelect}
        selectLabel={selectLabel ?? `Filter by ${labelColumn.toLowerCase()}`}
      />
    </ChartCard>
  );
}
