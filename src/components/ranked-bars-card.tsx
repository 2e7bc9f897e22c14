import type { ReactNode } from "react";
import type { CardStatus } from "./chart-card.tsx";
import { ChartCard } from "./chart-card.tsx";
import type { BarItem } from "./charts/bar-list-chart.tsx";
import { BarListChart } from "./lazy-charts.ts";
import { rankedTable } from "../lib/grouped-series.ts";
import { DrillButtons } from "./drill-buttons.tsx";

// Shared by the subscriptions and Azure usage pages: every "by X" and top-N card is this one.

interface RankedBarsCardProps {
  title: string;
  description?: ReactNode;
  status: CardStatus;
  items: readonly BarItem[];
  /** Table header of the label column, e.g. "Product". */
  labelColumn: string;
  /** Table header of the value column, with its unit, e.g. "Quantity (1 Hour)". */
  valueColumn: string;
  unit?: string;
  colorIndex?: number;
  /** Drill-down; `canSelect` leaves out values the filter cannot take. */
  onSelect?: (key: string) => void;
  canSelect?: (key: string) => boolean;
  selectLabel?: string;
}

const HEIGHT = 320;
const MAX_LABEL = 30;
// The axis has room for about two lines; the table and the drill-down buttons keep the full names.
const short = (item: BarItem): BarItem => (item.label.length > MAX_LABEL ? { ...item, label: `${item.label.slice(0, MAX_LABEL - 1)}…` } : item);

export function RankedBarsCard({ title, description, status, items, labelColumn, valueColumn, unit, colorIndex, onSelect, canSelect = () => true, selectLabel }: RankedBarsCardProps) {
  const selectable = onSelect ? items.filter((item) => canSelect(item.key)) : [];
  const select = onSelect && ((key: string) => canSelect(key) && onSelect(key));
  return (
    <ChartCard title={title} description={description} height={HEIGHT} status={status} table={rankedTable(labelColumn, valueColumn, items)}>
      <BarListChart items={items.map(short)} height={HEIGHT} unit={unit} colorIndex={colorIndex} onSelect={select || undefined} />
      {onSelect && <DrillButtons label={selectLabel ?? `Filter by ${labelColumn.toLowerCase()}`} items={selectable} onSelect={onSelect} />}
    </ChartCard>
  );
}
