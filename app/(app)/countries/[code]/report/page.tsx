import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { connection } from 'next/server';
import { getAccount, requireAccount } from '@/auth';
import { ReportView } from '@/components/reports/report-view';
import { db } from '@/db';
import { getCountryReport } from '@/db/queries/country-report';
import type { Viewer } from '@/db/viewer';
import { loadReportText } from '@/lib/reports/load-report-text';
import { parseReportPage } from '@/lib/reports/report-filters';
import { readReportFilters } from '@/lib/reports/report-request';
import { queryOf } from '@/lib/search-params';
import { countryCodeParamSchema } from '@/lib/route-params';

// The title and the page need the same report: built once per request (the account is the
// same object within a request, and the query is compared as a string).
const findReport = cache(async (viewer: Viewer, code: string, query: string) => {
  const parsed = countryCodeParamSchema.safeParse(code);
  if (!parsed.success) return undefined;
  const search = new URLSearchParams(query);
  const request = readReportFilters(viewer, search);
  const report = getCountryReport(db, { viewer, code: parsed.data, filters: request.filters, page: parseReportPage(search) });
  return report && { ...request, report };
});

export async function generateMetadata({ params, searchParams }: PageProps<'/countries/[code]/report'>): Promise<Metadata> {
  const account = await getAccount();
  const found = account ? await findReport(account, (await params).code, queryOf(await searchParams)) : undefined;
  return { title: found ? (await loadReportText()).title(found.report) : undefined };
}

/** The country report: the cover with the headline figures, then one sheet per activity. */
export default async function CountryReportPage({ params, searchParams }: PageProps<'/countries/[code]/report'>) {
  await connection();
  const account = await requireAccount();
  const found = await findReport(account, (await params).code, queryOf(await searchParams));
  if (!found) notFound();
  return <ReportView viewer={account} {...found} />;
}
