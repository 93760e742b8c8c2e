import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getAccount, requireAccount } from '@/auth';
import { ReportView } from '@/components/reports/report-view';
import { db } from '@/db';
import { getDonorReport } from '@/db/queries/donor-report';
import type { Viewer } from '@/db/viewer';
import { loadReportText } from '@/lib/reports/load-report-text';
import { readReportFilters } from '@/lib/reports/report-request';
import { recordIdParamSchema } from '@/lib/route-params';

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
  return <ReportView viewer={account} {...found} />;
}
