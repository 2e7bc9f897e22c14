import { useQueries } from "@tanstack/react-query";
import { useApi } from "../../api/api-context.tsx";
import { Answered } from "../../components/report-parts.tsx";
import { formatMonth, formatNumber, formatPercent, formatSigned } from "../../lib/format.ts";
import type { GroupRow } from "../../lib/grouped-series.ts";
import type { ChangeSource, QueryRows, ReportMonth } from "../../lib/report-section.ts";
import { whatChanged } from "./lib/what-changed.ts";

const rowsOf = (data: unknown): readonly GroupRow[] => (data as { rows: GroupRow[] } | undefined)?.rows ?? [];

/** Splits one flat list of answers back into each source's share, by how many queries each asked. */
function perSource<T>(flat: readonly T[], counts: readonly number[]): T[][] {
  let at = 0;
  return counts.map((n) => flat.slice(at, (at += n)));
}

/** 4-8 sentences on the month's biggest changes, from the sections' change sources, by fixed rules. */
export function WhatChanged({ month, sources }: { month: ReportMonth; sources: readonly ChangeSource[] }) {
  const { queries } = useApi();
  const firstOptions = sources.map((s) => s.first(month, queries));
  const first = useQueries({ queries: firstOptions.flat() });
  const firstRows = perSource(
    first.map((r) => rowsOf(r.data)),
    firstOptions.map((o) => o.length),
  );
  const firstDone = first.every((r) => r.isSuccess);
  const thenOptions = sources.map((s, i) =>
    firstDone && s.then ? s.then(month, queries, firstRows[i] as QueryRows) : [],
  );
  const then = useQueries({ queries: thenOptions.flat() });
  const thenRows = perSource(
    then.map((r) => rowsOf(r.data)),
    thenOptions.map((o) => o.length),
  );
  return (
    <Answered results={first.concat(then)} label="what changed" height={140}>
      {() => {
        const sentences = whatChanged(
          sources.flatMap((s, i) => s.changes(firstRows[i]!, thenRows[i]!)),
          {
            number: formatNumber,
            signed: formatSigned,
            percent: formatPercent,
            month: formatMonth(month.range.from),
            previousMonth: formatMonth(month.previous.from),
          },
        );
        return (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="what-changed">
            {sentences.map((s) => (
              <li
                key={s.key}
                data-change={s.key}
                data-current={s.current}
                data-previous={s.previous}
                data-contributor={s.contributor?.name}
                data-contributor-delta={s.contributor?.delta}
              >
                {s.text}
              </li>
            ))}
          </ul>
        );
      }}
    </Answered>
  );
}
