import type { NextRequest } from 'next/server';
import { getAccount } from '@/auth';
import { db } from '@/db';
import { getDonorReport } from '@/db/queries/donor-report';
import { readReportFilters, reportPdfResponse, signInRequired } from '@/lib/reports/report-request';
import { recordIdParamSchema } from '@/lib/route-params';

export const dynamic = 'force-dynamic';

/** The donor report as a PDF: the page's query, so a donor account gets its own report only. */
export async function GET(request: NextRequest, { params }: RouteContext<'/donors/[id]/report/pdf'>) {
  const account = await getAccount();
  if (!account) return signInRequired();
  const id = recordIdParamSchema.safeParse((await params).id);
  const { filters } = readReportFilters(account, request.nextUrl.searchParams);
  return reportPdfResponse(id.success ? getDonorReport(db, { viewer: account, id: id.data, filters }) : undefined);
}
