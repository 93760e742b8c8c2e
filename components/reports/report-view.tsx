import { db } from '@/db';
import { countLeftOutByPeriod } from '@/db/queries/dashboard';
import type { ReportFilters } from '@/db/queries/report-sheets';
import type { Viewer } from '@/db/viewer';
import type { FilterKey } from '@/lib/dashboard-filters';
import { loadReportText } from '@/lib/reports/load-report-text';
import { reportPaths, type Report } from '@/lib/reports/report-text';
import { FilterNotices } from '@/app/(app)/filter-notices';
import { ReportDocument } from './report-document';
import { ReportPages } from './report-pages';
import { ReportToolbar } from './report-toolbar';

interface Props {
  viewer: Viewer;
  report: Report;
  filters: ReportFilters;
  ignored: FilterKey[];
  programs: { id: number; name: string }[];
}

/** A report page's content, country or donor: the toolbar, what the filters ignored or leave out, the report. */
export async function ReportView({ viewer, report, filters, ignored, programs }: Props) {
  const text = await loadReportText();
  const paths = reportPaths(report);
  const subject = report.kind === 'country' ? { country: report.country.code } : { donor: report.donor.id };
  const leftOut = countLeftOutByPeriod(db, { viewer, filters: { ...filters, ...subject } });
  return (
    <div className="space-y-6">
      <ReportToolbar path={paths.page} filters={filters} programs={programs} back={{ href: paths.profile, label: text.backTo(text.subject(report)) }} />
      <div className="print:hidden">
        <FilterNotices ignored={ignored} leftOut={leftOut} />
      </div>
      <ReportPages path={paths.page} filters={filters} sheetPage={report.sheetPage} at="start" />
      <ReportDocument report={report} text={text} generatedOn={new Date()} />
      <ReportPages path={paths.page} filters={filters} sheetPage={report.sheetPage} at="end" />
    </div>
  );
}
