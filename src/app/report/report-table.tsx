import { useQuery } from "@tanstack/react-query";
import { useApi } from "../../api/api-context.tsx";
import type { GroupedQuery } from "../../api/query.ts";
import type { GroupedRow, ResourceName } from "../../api/resources.ts";
import { DataTable } from "../../components/data-table.tsx";
import type { Cell } from "../../lib/card-data.ts";
import { EmptyState, ErrorPanel, Skeleton } from "../../components/states.tsx";
import { formatNumber } from "../../lib/format.ts";

interface ReportTableProps<R extends ResourceName> {
  title: string;
  resource: R;
  query: GroupedQuery<R>;
  columns: readonly string[];
  row: (group: GroupedRow<R>) => Cell[];
  /** Sorted by the last column, biggest first, then cut to this many rows. */
  limit?: number;
  empty: string;
}

/** One table of the printed report: a grouped query shown as rows, with its headers repeated on every page. */
export function ReportTable<R extends ResourceName>({
  title,
  resource,
  query,
  columns,
  row,
  limit,
  empty,
}: ReportTableProps<R>) {
  const { queries } = useApi();
  const result = useQuery(
    (queries[resource] as unknown as (typeof queries)["subscriptions"]).grouped(query as never),
  );
  let body;
  if (result.error) body = <ErrorPanel error={result.error} onRetry={() => void result.refetch()} />;
  else if (result.isPending) body = <Skeleton height={160} label={`Loading ${title}`} />;
  else {
    const rows = (result.data.rows as GroupedRow<R>[])
      .map(row)
      .sort((a, b) => Number(b[b.length - 1] ?? 0) - Number(a[a.length - 1] ?? 0));
    body = rows.length ? (
      <DataTable
        caption={title}
        data={{
          columns,
          rows: limit ? rows.slice(0, limit) : rows,
          formatCell: (v) => (typeof v === "number" ? formatNumber(v) : (v ?? "—")),
        }}
      />
    ) : (
      <EmptyState height={60}>{empty}</EmptyState>
    );
  }
  return (
    <div className="mt-4">
      <h3 className="mb-1 text-sm font-semibold">{title}</h3>
      {body}
    </div>
  );
}
