import type { NextRequest } from 'next/server';
import { getAccount } from '@/auth';
import { db } from '@/db';
import { getCountryReport } from '@/db/queries/country-report';
import { readReportFilters, reportPdfResponse, signInRequired } from '@/lib/reports/report-request';
import { countryCodeParamSchema } from '@/lib/route-params';

export const dynamic = 'force-dynamic';

/** The country report as a PDF: the page's query, so the page's authorization and scope. */
export async function GET(request: NextRequest, { params }: RouteContext<'/countries/[code]/report/pdf'>) {
  const account = await getAccount();
  if (!account) return signInRequired();
  const code = countryCodeParamSchema.safeParse((await params).code);
  const { filters } = readReportFilters(account, request.nextUrl.searchParams);
  return reportPdfResponse(code.success ? getCountryReport(db, { viewer: account, code: code.data, filters }) : undefined);
}
