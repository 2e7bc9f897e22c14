import { useMemo } from "react";
import { ReportPage } from "../features/report/report-page.tsx";
import { reportSections } from "./report-sections.ts";

/** The report route: the report feature fed with the registry's sections (its own chunk, loaded on /report). */
export function ReportRoute({
  partnerName,
  referrals,
  tenant,
}: {
  partnerName: string;
  referrals: boolean;
  tenant?: string;
}) {
  const sections = useMemo(() => reportSections(referrals), [referrals]);
  return <ReportPage partnerName={partnerName} sections={sections} tenant={tenant} />;
}
