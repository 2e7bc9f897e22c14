import { useQueries } from "@tanstack/react-query";
import { useApi } from "../../api/api-context.tsx";
import {
  Answered,
  changeText,
  ReportBlock,
  ReportChart,
  ReportTable,
} from "../../components/report-parts.tsx";
import { formatMonth, formatShare } from "../../lib/format.ts";
import { periodTotals, rowsOf, type GroupRow } from "../../lib/grouped-series.ts";
import type { Change, ChangeSource, ReportMonth, ReportSection } from "../../lib/report-section.ts";
import { MEASURES, measureSeries } from "./lib/engagement.ts";
import { facetQuery, trendQuery } from "./queries.ts";
import type { SearchView } from "./search-params.ts";

const TOP_KEYWORDS = 10;
/** Search rows carry no customer market, so the report's market filter does not narrow this section. */
const all = (m: ReportMonth): SearchView => ({ ...m.view, filters: {} });
const keywordChange = (
  key: string,
  measure: string,
  current: readonly GroupRow[],
  previous: readonly GroupRow[],
): Change => {
  const parts = periodTotals(current, previous, "keywordSearchText", key);
  return {
    key: `search-${key}`,
    measure,
    current: parts.reduce((s, p) => s + p.current, 0),
    previous: parts.reduce((s, p) => s + p.previous, 0),
    partKind: "keyword",
    parts,
  };
};

const changes: ChangeSource = {
  first: (m, q) => [
    q.search.grouped(facetQuery(all(m), m.range, "keywordSearchText")),
    q.search.grouped(facetQuery(all(m), m.previous, "keywordSearchText")),
  ],
  changes: ([current = [], previous = []]) => [
    keywordChange("searchResultPageViews", "Search result page views", current, previous),
    keywordChange("profileViews", "Profile views", current, previous),
  ],
};

function SearchBody({ month }: { month: ReportMonth }) {
  const { queries } = useApi();
  const results = useQueries({
    queries: [
      queries.search.grouped(trendQuery(all(month), month.trend, "month")),
      queries.search.grouped(facetQuery(all(month), month.range, "keywordSearchText")),
      queries.search.grouped(facetQuery(all(month), month.previous, "keywordSearchText")),
    ],
  });
  const name = formatMonth(month.range.from);
  const before = formatMonth(month.previous.from);
  return (
    <Answered results={results} label="the search section" height={260}>
      {() => {
        const [trend, keywords, keywordsBefore] = results.map((r) => rowsOf(r.data));
        const series = measureSeries(trend!, month.trend, "month");
        const at = (key: (typeof MEASURES)[number]["key"], back: number) =>
          series.values[key].at(-1 - back) ?? 0;
        const top = periodTotals(
          keywords!,
          keywordsBefore!,
          "keywordSearchText",
          "searchResultPageViews",
        ).slice(0, TOP_KEYWORDS);
        return (
          <>
            <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2 print:grid-cols-2">
              <ReportChart
                title="Profile views, contact clicks and referrals by month"
                buckets={series.buckets}
                kind="line"
                series={MEASURES.slice(1).map((m) => ({
                  key: m.key,
                  label: m.label,
                  values: series.values[m.key],
                }))}
              />
              <ReportBlock
                title={`Engagement funnel, ${name} against ${before}`}
                note="Each step as a share of the step before"
              >
                <ReportTable
                  caption="Search engagement funnel"
                  testId="search-funnel"
                  columns={["Step", name, "Share", before, "Share"]}
                  rows={MEASURES.map((m, i) => {
                    const prior = MEASURES[i - 1];
                    const share = (back: number) =>
                      prior
                        ? at(prior.key, back)
                          ? formatShare(at(m.key, back) / at(prior.key, back))
                          : "—"
                        : "";
                    return [m.label, at(m.key, 0), share(0), at(m.key, 1), share(1)];
                  })}
                  empty="No search activity."
                />
              </ReportBlock>
            </div>
            <ReportBlock title={`Top ${TOP_KEYWORDS} keywords by search result page views`}>
              <ReportTable
                caption="Top keywords"
                testId="top-keywords"
                columns={["Keyword", before, name, "Change"]}
                rows={top.map((k) => [k.name, k.previous, k.current, changeText(k.current, k.previous)])}
                empty={`No searches in ${name}.`}
              />
            </ReportBlock>
          </>
        );
      }}
    </Answered>
  );
}

export const searchReportSection: ReportSection = {
  id: "search",
  title: "Marketplace search",
  Body: SearchBody,
  changes,
};
