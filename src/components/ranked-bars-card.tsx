import type { ReactNode } from "react";
import type { CardStatus } from "../lib/card-data.ts";
import { ChartCard } from "./chart-card.tsx";
import { BarListChart, type BarListChartProps } from "./charts/bar-list-chart.tsx";
import { rankedTable } from "../lib/grouped-series.ts";

// Every "by X" and top-N card of every page is this one.

interface RankedBarsCardProps extends Omit<BarListChartProps, "height"> {
  title: string;
  description?: ReactNode;
  status: CardStatus;
  /** The least height; 320 px unless the card's list is known to be shorter or longer. */
  height?: number;
  /** Table header of the label column, e.g. "Product"; also names the drill-down ("Filter by product"). */
  labelColumn: string;
  /** Table header of the value column, with its unit, e.g. "Quantity (1 Hour)". */
  valueColumn: string;
}

export function RankedBarsCard({
  title,
  description,
  status,
  height = 320,
  labelColumn,
  valueColumn,
  ...chart
}: RankedBarsCardProps) {
  return (
    <ChartCard
      title={title}
      description={description}
      height={height}
      status={status}
      table={rankedTable(labelColumn, valueColumn, chart.items)}
    >
      <BarListChart height={height} selectLabel={`Filter by ${labelColumn.toLowerCase()}`} {...chart} />
    </ChartCard>
  );
}
