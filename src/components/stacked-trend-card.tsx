import type { ReactNode } from "react";
import type { CardStatus, Series } from "../lib/card-data.ts";
import type { DayRange, Grain } from "../lib/date-range.ts";
import { seriesTable } from "../lib/grouped-series.ts";
import { ChartCard } from "./chart-card.tsx";
import { DrillButtons } from "./drill-buttons.tsx";
import { TimeSeriesChart } from "./lazy-charts.ts";

interface StackedTrendCardProps {
  title: string;
  description: ReactNode;
  status: CardStatus;
  buckets: readonly string[];
  grain: Grain;
  /** The range the buckets cover: a bucket it cuts is drawn as partial. */
  range: DayRange;
  /** One series per group key (pivotSeries); the stack's height is the total. */
  series: readonly Series[];
  kind: "stacked-bar" | "stacked-area";
  height: number;
  unit?: string;
  /** Drill-down through a series: the buttons' name ("Filter by status"), what a click does, and which keys can. */
  drillLabel: string;
  onSelect: (key: string) => void;
  canSelect: (key: string) => boolean;
}

/** A measure over time split by one field, stacked, with its total per bucket in the table; a series drills down. */
export function StackedTrendCard(props: StackedTrendCardProps) {
  const { title, description, status, buckets, grain, range, series, kind, height, unit, drillLabel } = props;
  const { onSelect, canSelect } = props;
  return (
    <ChartCard
      title={title}
      description={description}
      height={height}
      status={status}
      table={seriesTable(buckets, grain, series, { total: true })}
    >
      <TimeSeriesChart
        buckets={buckets}
        grain={grain}
        range={range}
        series={series}
        kind={kind}
        height={height}
        unit={unit}
        onSelectSeries={onSelect}
      />
      <DrillButtons label={drillLabel} items={series.filter((s) => canSelect(s.key))} onSelect={onSelect} />
    </ChartCard>
  );
}
