import 'server-only';
import { NextResponse } from 'next/server';
import { db } from '@/db';
import { listFilterOptions } from '@/db/queries/filter-options';
import type { Viewer } from '@/db/viewer';
import { todayIso } from '@/db/activity-status';
import { loadReportText } from './load-report-text';
import { reportPdfStream } from './pdf-report';
import { parseReportFilters } from './report-filters';
import type { Report } from './report-text';

// What the report pages and their PDF routes share: reading the filters against the programs
// the viewer may choose, and answering with the PDF.

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** The report's filters from the URL, and the programs the viewer may narrow it to. */
export function readReportFilters(viewer: Viewer, params: RawParams) {
  const programs = listFilterOptions(db, { viewer }).programs;
  return { programs, ...parseReportFilters(params, new Set(programs.map((program) => String(program.id)))) };
}

/** The report as a PDF download, or a 404 when there is no report the viewer may have. */
export async function reportPdfResponse(report: Report | undefined): Promise<Response> {
  if (!report) return NextResponse.json({ error: 'There is no such report.' }, { status: 404 });
  const text = await loadReportText();
  return new Response(reportPdfStream(report, text), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${text.fileName(report, todayIso())}"`,
      'Cache-Control': 'no-store',
    },
  });
}

export const signInRequired = () => NextResponse.json({ error: 'Sign in to download reports.' }, { status: 401 });
