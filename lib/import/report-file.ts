// An uploaded report file: checked by its content (never its name or the browser's type), turned
// into text, then parsed. Each refusal has a code; the UI and the CLI word it.
import { parseReport } from './parse-report';
import { pdfText } from './pdf-text';
import type { ProposedRecord } from './types';

export const maxReportBytes = 20 * 1024 * 1024;

export const refusalCodes = ['empty', 'too-large', 'not-pdf-or-text', 'encrypted', 'no-text-layer', 'unreadable', 'no-sheet'] as const;
export type RefusalCode = (typeof refusalCodes)[number];

export type ReportFile =
  | { ok: true; kind: 'pdf' | 'text'; text: string; records: ProposedRecord[] }
  | { ok: false; code: RefusalCode; message: string };

export const refusalMessages: Record<RefusalCode, string> = {
  empty: 'The file is empty.',
  'too-large': 'The file is larger than 20 MB.',
  'not-pdf-or-text': 'The file is neither a PDF nor a text file, whatever its name says.',
  encrypted: 'The PDF is encrypted (password-protected); save an unprotected copy and upload that.',
  'no-text-layer': 'The PDF has no text layer: it looks like a scan. Text recognition (OCR) is not supported.',
  unreadable: 'The PDF could not be read; it may be damaged.',
  'no-sheet': 'No report sheet (PROGRAM SUMMARY / OBJECTIVES / RESULTS) was found in the file.',
};

const refuse = (code: RefusalCode): ReportFile => ({ ok: false, code, message: refusalMessages[code] });

export const isPdf = (bytes: Uint8Array) => bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

/** UTF-8 text with no control characters other than tab, line breaks and form feed. */
export function textContent(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    return /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text) ? null : text;
  } catch {
    return null;
  }
}

export async function readReportFile(bytes: Uint8Array): Promise<ReportFile> {
  if (bytes.length === 0) return refuse('empty');
  if (bytes.length > maxReportBytes) return refuse('too-large');
  let text: string;
  let kind: 'pdf' | 'text';
  if (isPdf(bytes)) {
    const extracted = await pdfText(bytes);
    if (!extracted.ok) return refuse(extracted.reason);
    text = extracted.text;
    kind = 'pdf';
  } else {
    const decoded = textContent(bytes);
    if (decoded === null) return refuse('not-pdf-or-text');
    text = decoded;
    kind = 'text';
  }
  const records = parseReport(text);
  if (records.length === 0) return refuse('no-sheet');
  return { ok: true, kind, text, records };
}
