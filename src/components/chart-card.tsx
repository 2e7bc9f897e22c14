import { Suspense, useState, type ReactNode } from "react";
import type { CardStatus, TableData } from "../lib/card-data.ts";
import { DataTable } from "./data-table.tsx";
import { EmptyState, ErrorPanel, Skeleton } from "./states.tsx";
import { Button } from "./ui/button.tsx";
import { Card } from "./ui/card.tsx";

interface ChartCardProps {
  title: string;
  description?: ReactNode;
  height: number;
  status: CardStatus;
  table?: TableData;
  children: ReactNode;
  className?: string;
}

/**
 * Every chart sits in one of these: a skeleton of the final size while loading, an honest empty state, an
 * error panel with a retry, and a "view as table" switch showing the same numbers.
 */
export function ChartCard({
  title,
  description,
  height,
  status,
  table,
  children,
  className,
}: ChartCardProps) {
  const [asTable, setAsTable] = useState(false);
  let body: ReactNode;
  if (status.error && !status.pending)
    body = <ErrorPanel error={status.error} onRetry={status.retry} height={height} />;
  else if (status.pending) body = <Skeleton height={height} label={`Loading ${title}`} />;
  else if (status.empty) body = <EmptyState height={height}>{status.empty}</EmptyState>;
  else if (asTable && table) body = <DataTable caption={title} data={table} />;
  else
    body = <Suspense fallback={<Skeleton height={height} label={`Drawing ${title}`} />}>{children}</Suspense>;

  const ready = !status.pending && !status.error && !status.empty;
  return (
    <Card
      title={title}
      description={description}
      className={className}
      actions={
        // The table is also the chart's text alternative for screen readers: one button away, announced as a
        // toggle, instead of a hidden copy of every chart's numbers that doubled each page's DOM.
        table &&
        ready && (
          <Button size="xs" aria-pressed={asTable} onClick={() => setAsTable((t) => !t)}>
            {asTable ? "View as chart" : "View as table"}
          </Button>
        )
      }
    >
      {body}
    </Card>
  );
}
