import { azureUsageReportSection } from "../features/azure-usage/report-section.tsx";
import { executiveSummarySection } from "../features/overview/report-section.tsx";
import { referralsReportSection } from "../features/referrals/report-section.tsx";
import { resellersReportSection } from "../features/resellers/report-section.tsx";
import type { ReportSection } from "../lib/report-section.ts";
import { searchReportSection } from "../features/search/report-section.tsx";
import { subscriptionsReportSection } from "../features/subscriptions/report-section.tsx";

/**
 * The one registry of the monthly report: the sections the features export, in print order. Referrals are left
 * out where the cloud has no such resource (21Vianet).
 */
export function reportSections(referrals: boolean): readonly ReportSection[] {
  return [
    executiveSummarySection,
    subscriptionsReportSection,
    azureUsageReportSection,
    ...(referrals ? [referralsReportSection] : []),
    searchReportSection,
    resellersReportSection,
  ];
}
