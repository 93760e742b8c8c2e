import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getAccount, requireAccount } from '@/auth';
import { ReportDocument } from '@/components/reports/report-document';
import { ReportToolbar } from '@/components/reports/report-toolbar';
import { db } from '@/db';
import { getCountryReport } from '@/db/queries/country-report';
import { countLeftOutByPeriod } from '@/db/queries/dashboard';
import type { Viewer } from '@/db/viewer';
import { localizedName } from '@/lib/localized-name';
import { loadReportText } from '@/lib/reports/load-report-text';
import { readReportFilters } from '@/lib/reports/report-request';
import { countryCodeParamSchema } from '@/lib/route-params';
import { FilterNotices } from '../../../filter-notices';

async function findReport(viewer: Viewer, code: string, searchParams: Record<string, string | string[] | undefined>) {
  const parsed = countryCodeParamSchema.safeParse(code);
  if (!parsed.success) return undefined;
  const request = readReportFilters(viewer, searchParams);
  const report = getCountryReport(db, { viewer, code: parsed.data, filters: request.filters });
  return report && { ...request, report };
}

export async function generateMetadata({ params, searchParams }: PageProps<'/countries/[code]/report'>): Promise<Metadata> {
  const account = await getAccount();
  const found = account ? await findReport(account, (await params).code, await searchParams) : undefined;
  return { title: found ? (await loadReportText()).title(found.report) : undefined };
}

/** The country report: the cover with the headline figures, then one sheet per activity. */
export default async function CountryReportPage({ params, searchParams }: PageProps<'/countries/[code]/report'>) {
  await connection();
  const account = await requireAccount();
  const found = await findReport(account, (await params).code, await searchParams);
  if (!found) notFound();
  const { report, filters, ignored, programs } = found;
  const text = await loadReportText();
  const country = localizedName(text.locale, { en: report.country.nameEn, es: report.country.nameEs });
  const leftOut = countLeftOutByPeriod(db, { viewer: account, filters: { ...filters, country: report.country.code } });

  return (
    <div className="space-y-6">
      <ReportToolbar
        path={`/countries/${report.country.code}/report`}
        filters={filters}
        programs={programs}
        back={{ href: `/countries/${report.country.code}`, label: text.backTo(country) }}
      />
      <div className="print:hidden">
        <FilterNotices ignored={ignored} leftOut={leftOut} />
      </div>
      <ReportDocument report={report} text={text} generatedOn={new Date()} />
    </div>
  );
}
