import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getAccount } from '@/auth';
import { db } from '@/db';
import { todayIso } from '@/db/activity-status';
import { csvStream } from '@/lib/export-writers';
import { tableExport } from '@/lib/table-exports';
import { isTableName, tableSpecs } from '@/lib/table-specs';
import { parseTableState } from '@/lib/table-state';
import { xlsxStream } from '@/lib/xlsx-stream';

export const dynamic = 'force-dynamic';

const formatSchema = z.enum(['csv', 'xlsx']).default('csv');

/**
 * A table's export: every row its filters select, as CSV or Excel. It checks the session itself
 * (the proxy is only a first gate) and the queries apply the viewer's scope, so a donor's export
 * holds its portfolio only.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ table: string }> }) {
  const account = await getAccount();
  if (!account) return NextResponse.json({ error: 'Sign in to export.' }, { status: 401 });
  const { table } = await params;
  if (!isTableName(table)) return NextResponse.json({ error: 'There is no such table.' }, { status: 404 });
  const search = request.nextUrl.searchParams;
  const format = formatSchema.safeParse(search.get('format') ?? undefined);
  if (!format.success) return NextResponse.json({ error: 'The format must be csv or xlsx.' }, { status: 400 });

  const { state } = parseTableState(tableSpecs[table], search);
  const data = await tableExport(db, table, { viewer: account, state });
  const filename = `${table}-${todayIso()}.${format.data}`;
  const headers = { 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' };

  if (format.data === 'csv') {
    return new Response(csvStream(data), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  return new Response(xlsxStream(data), {
    headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
}
