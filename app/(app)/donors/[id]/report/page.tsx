import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getAccount, requireAccount } from '@/auth';
import { ReportDocument } from '@/components/reports/report-document';
import { ReportToolbar } from '@/components/reports/report-toolbar';
import { db } from '@/db';
import { countLeftOutByPeriod } from '@/db/queries/dashboard';
import { getDonorReport } from '@/db/queries/donor-report';
import type { Viewer } from '@/db/viewer';
import { localizedName } from '@/lib/localized-name';
import { loadReportText } from '@/lib/reports/load-report-text';
import { readReportFilters } from '@/lib/reports/report-request';
import { recordIdParamSchema } from '@/lib/route-params';
import { FilterNotices } from '../../../filter-notices';

async function findReport(viewer: Viewer, id: string, searchParams: Record<string, string | string[] | undefined>) {
  const parsed = recordIdParamSchema.safeParse(id);
  if (!parsed.success) return undefined;
  const request = readReportFilters(viewer, searchParams);
  const report = getDonorReport(db, { viewer, id: parsed.data, filters: request.filters });
  return report && { ...request, report };
}

export async function generateMetadata({ params, searchParams }: PageProps<'/donors/[id]/report'>): Promise<Metadata> {
  const account = await getAccount();
  const found = account ? await findReport(account, (await params).id, await searchParams) : undefined;
  return { title: found ? (await loadReportText()).title(found.report) : undefined };
}

/** The donor report: its portfolio's figures, then the sheets grouped by country. A donor account gets its own only. */
export default async function DonorReportPage({ params, searchParams }: PageProps<'/donors/[id]/report'>) {
  await connection();
  const account = await requireAccount();
  const found = await findReport(account, (await params).id, await searchParams);
  if (!found) notFound();
  const { report, filters, ignored, programs } = found;
  const text = await loadReportText();
  const donor = localizedName(text.locale, { en: report.donor.name, es: report.donor.nameEs });
  const leftOut = countLeftOutByPeriod(db, { viewer: account, filters: { ...filters, donor: report.donor.id } });

  return (
    <div className="space-y-6">
      <ReportToolbar
        path={`/donors/${report.donor.id}/report`}
        filters={filters}
        programs={programs}
        back={{ href: `/donors/${report.donor.id}`, label: text.backTo(donor) }}
      />
      <div className="print:hidden">
        <FilterNotices ignored={ignored} leftOut={leftOut} />
      </div>
      <ReportDocument report={report} text={text} generatedOn={new Date()} />
    </div>
  );
}
