// Upload of a report to import. A route handler rather than a server action, so a file over the
// 20 MB limit is answered with its message (a server action would stop at its body limit first).
import { NextResponse, type NextRequest } from 'next/server';
import { getAccount } from '@/auth';
import { db } from '@/db';
import { createImportBatch, sha256Of } from '@/db/mutations/imports';
import { canEdit } from '@/db/viewer';
import { maxReportBytes, readReportFile, type RefusalCode } from '@/lib/import/report-file';

export const dynamic = 'force-dynamic';

type Answer = { ok: true; batchId: number } | { ok: false; code: RefusalCode | 'forbidden' };

const refuse = (code: RefusalCode | 'forbidden', status: number) => NextResponse.json<Answer>({ ok: false, code }, { status });

/** Multipart framing around the file: a little room over the limit before the body is even read. */
const framing = 64 * 1024;

export async function POST(request: NextRequest) {
  const account = await getAccount();
  if (!account || !canEdit(account)) return refuse('forbidden', 403);
  if (Number(request.headers.get('content-length') ?? 0) > maxReportBytes + framing) return refuse('too-large', 413);

  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get('file');
  } catch {
    return refuse('empty', 400);
  }
  if (!(file instanceof File)) return refuse('empty', 400);
  if (file.size > maxReportBytes) return refuse('too-large', 413);

  const bytes = new Uint8Array(await file.arrayBuffer());
  const report = await readReportFile(bytes);
  if (!report.ok) return refuse(report.code, 422);

  const fileName = (file.name || 'report').slice(0, 200);
  const batchId = createImportBatch(db, { actor: account, fileName, sha256: sha256Of(bytes), kind: report.kind, text: report.text, records: report.records });
  return NextResponse.json<Answer>({ ok: true, batchId });
}
