import { spawnSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it, vi } from 'vitest';
import type { ExportValue, TableExport } from './table-exports';
import { xlsxStream } from './xlsx-stream';

vi.mock('server-only', () => ({}));

// The workbook is read back with a reader that shares no code with the writer (read-excel-file),
// and its XML parts are checked with xmllint, so a mistake in either the zip or the XML shows.

const exportOf = (columns: TableExport['columns'], batches: ExportValue[][][]): TableExport => ({
  columns,
  batches: (function* () {
    yield* batches;
  })(),
});
const bytes = async (data: TableExport) => new Uint8Array(await new Response(xlsxStream(data)).arrayBuffer());
// read-excel-file trims texts unless told not to.
const read = async (data: TableExport) => readSheet(Buffer.from(await bytes(data)), { trim: false });
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

const columns: TableExport['columns'] = [
  { header: 'ID', kind: 'number' },
  { header: 'Name', kind: 'text' },
  { header: 'Date', kind: 'date' },
  { header: 'Amount', kind: 'number' },
];

describe('xlsxStream', () => {
  it('writes the header row, then texts, numbers and dates as such, and nothing for null', async () => {
    const rows = await read(
      exportOf(columns, [
        [
          [1, 'Capacitación en São Paulo — Ñandú', '2024-02-29', 12.5],
          [2, null, null, null],
        ],
        [[3, 'Plain', '1999-12-31', -0.25]],
      ]),
    );
    expect(rows).toEqual([
      ['ID', 'Name', 'Date', 'Amount'],
      [1, 'Capacitación en São Paulo — Ñandú', utc('2024-02-29'), 12.5],
      [2, null, null, null],
      [3, 'Plain', utc('1999-12-31'), -0.25],
    ]);
  });

  it('keeps markup, quotes, SQL, formulas and edge spaces as text, and drops what XML cannot hold', async () => {
    const texts = [
      `<script>alert("x")</script> & 'quotes'`,
      `Robert'); DROP TABLE events;-- %_\\ ]]>`,
      '=HYPERLINK("http://example.org")',
      '  padded  ',
      'bell\u0007 and\u0000 nul',
      'line one\nline two',
    ];
    const rows = await read(exportOf([{ header: 'Text', kind: 'text' }], [texts.map((t) => [t])]));
    expect(rows.slice(1).map((r) => r[0])).toEqual([...texts.slice(0, 4), 'bell and nul', 'line one\nline two']);
  });

  it('leaves a number that is not finite empty and keeps a date it cannot read as text', async () => {
    const rows = await read(
      exportOf(
        [
          { header: 'N', kind: 'number' },
          { header: 'D', kind: 'date' },
        ],
        [
          [
            [Infinity, '2024-13-40'],
            [NaN, 'about 2020'],
          ],
        ],
      ),
    );
    expect(rows.slice(1)).toEqual([
      [null, '2024-13-40'],
      [null, 'about 2020'],
    ]);
  });

  it('names the columns past Z with two letters', async () => {
    const wide = Array.from({ length: 30 }, (_, i) => ({ header: `C${i + 1}`, kind: 'number' as const }));
    const values = wide.map((_, i) => i + 1);
    const data = () => exportOf(wide, [[values]]);
    expect(await read(data())).toEqual([wide.map((c) => c.header), values]);
    const sheet = strFromU8(unzipSync(await bytes(data()))['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<c r="Z2"><v>26</v></c><c r="AA2"><v>27</v></c>');
    expect(sheet).toContain('<c r="AD2"><v>30</v></c>');
  });

  it('writes the header row alone when no row is selected', async () => {
    expect(await read(exportOf(columns, []))).toEqual([['ID', 'Name', 'Date', 'Amount']]);
  });

  it('writes every row of every batch, in order', async () => {
    const batches = Array.from({ length: 5 }, (_, b) => Array.from({ length: 1000 }, (_, i) => [b * 1000 + i + 1, `Event ${b * 1000 + i + 1}`, '2023-06-01', i]));
    const rows = await read(exportOf(columns, batches));
    expect(rows).toHaveLength(5001);
    expect(rows.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 5000 }, (_, i) => i + 1));
    expect(rows[5000]).toEqual([5000, 'Event 5000', utc('2023-06-01'), 999]);
  });

  it('zips well-formed XML parts, with a bold header row kept in view', async () => {
    const parts = unzipSync(await bytes(exportOf(columns, [[[1, `<script>alert("x")</script> & 'quotes'`, '2024-01-01', 2]]])));
    expect(Object.keys(parts).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    for (const [name, xml] of Object.entries(parts)) {
      const lint = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
      expect({ name, status: lint.status, errors: lint.stderr }).toEqual({ name, status: 0, errors: '' });
    }
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t>ID</t></is></c>');
    expect(sheet).toContain('<c r="C2" s="2"><v>45292</v></c>');
    const styles = strFromU8(parts['xl/styles.xml']!);
    expect(styles).toMatch(/<cellXfs count="3">.*<xf numFmtId="0" fontId="1"/);
    expect(styles).toContain('<font><b/>');
    expect(styles).toContain('formatCode="yyyy-mm-dd"');
  });

  it('streams: the client has bytes before the rows run out, and a reader that stops stops the reading', async () => {
    const total = 40;
    let pulled = 0;
    const data: TableExport = {
      columns,
      batches: (function* () {
        for (let b = 0; b < total; b++) {
          pulled += 1;
          yield Array.from({ length: 500 }, (_, i) => [b * 500 + i, `Row ${b * 500 + i} of batch ${b}`, '2022-03-04', i / 7]);
        }
      })(),
    };
    const reader = xlsxStream(data).getReader();
    await reader.read();
    // The queue holds one chunk ahead of the reader, so a waiting client leaves the rest unread.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pulled).toBeLessThanOrEqual(2);

    let before = 0;
    let after = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      if (pulled < total) before += chunk.value.length;
      else after += chunk.value.length;
    }
    expect(before).toBeGreaterThan(after);
  });
});
