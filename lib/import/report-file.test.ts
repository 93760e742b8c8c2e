import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encryptedPdf, imageOnlyPdf, png, textPdf } from '@/test/report-pdfs';
import { pdfText } from './pdf-text';
import { parseReport } from './parse-report';
import { maxReportBytes, readReportFile } from './report-file';

const seed = readFileSync(path.resolve(__dirname, '../../../shared/seeds/004_d590de9f6e817ca0.txt'), 'utf8');

describe('PDF text extraction', () => {
  it('keeps the reading order of lines', async () => {
    const pdf = await textPdf('PROGRAM SUMMARY\n\nFirst line of the summary\nSecond line, after it\n\nOBJECTIVES');
    const result = await pdfText(pdf);
    expect(result.ok).toBe(true);
    const lines = result.ok ? result.text.split('\n').filter((l) => l.trim()) : [];
    expect(lines).toEqual(['PROGRAM SUMMARY', 'First line of the summary', 'Second line, after it', 'OBJECTIVES']);
  });

  it('gives the same records from a PDF of a seed report as from its text', async () => {
    const fromPdf = await readReportFile(await textPdf(seed));
    expect(fromPdf.ok).toBe(true);
    if (!fromPdf.ok) return;
    expect(fromPdf.kind).toBe('pdf');
    const strip = (records: ReturnType<typeof parseReport>) => records.map(({ sources: _s, confidence: _c, ...r }) => r);
    expect(strip(fromPdf.records)).toEqual(strip(parseReport(seed)));
  }, 30_000);
});

describe('bad files get their reason and no records', () => {
  it.each([
    ['an empty file', async () => Buffer.alloc(0), 'empty'],
    ['a file over 20 MB', async () => Buffer.alloc(maxReportBytes + 1024 * 1024, 0x41), 'too-large'],
    ['a PNG, whatever its name says', async () => png(), 'not-pdf-or-text'],
    ['binary that is not UTF-8', async () => Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x02]), 'not-pdf-or-text'],
    ['an encrypted PDF', () => encryptedPdf('PROGRAM SUMMARY\nSecret'), 'encrypted'],
    ['a scan without text layer', () => imageOnlyPdf(), 'no-text-layer'],
    ['a damaged PDF', async () => Buffer.from('%PDF-1.7\nthis is not really a pdf'), 'unreadable'],
    ['a text file with no report sheet', async () => Buffer.from('Minutes of the meeting.\nNothing else.'), 'no-sheet'],
    ['a PDF with no report sheet', () => textPdf('Invoice 42\nTotal: 100 USD'), 'no-sheet'],
  ])('%s', async (_name, make, code) => {
    const result = await readReportFile(await make());
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  }, 30_000);

  it('accepts a text file regardless of a byte-order mark', async () => {
    const result = await readReportFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)]));
    expect(result).toMatchObject({ ok: true, kind: 'text' });
  });
});
