import 'server-only';
import { Zip, ZipDeflate } from 'fflate';
import type { ExportValue, TableExport } from './table-exports';

// An Excel workbook written as the client reads it: the fixed parts first, then the sheet one
// batch of rows at a time through a streaming zip, so memory holds one batch whatever the row
// count. Cells are inline strings, numbers and date serials; a workbook needs no more for a table.

type Kind = TableExport['columns'][number]['kind'];

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const PARTS: Record<string, string> = {
  '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/></Types>`,
  '_rels/.rels': `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${DOC_RELS}/styles" Target="styles.xml"/></Relationships>`,
  // Cell styles: 0 plain, 1 bold (the header row), 2 a yyyy-mm-dd date. Excel wants the two
  // default fills and one border even when no cell uses them.
  'xl/styles.xml': `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
};
const BOLD = 1;
const DATE = 2;

// The first row stays in view while scrolling.
const SHEET_START = `${XML}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>`;
const SHEET_END = '</sheetData></worksheet>';

/** The workbook of an export, as a stream of zip bytes. */
export function xlsxStream(data: TableExport): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const letters = data.columns.map((_, i) => columnLetters(i));
  let output: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    output.push(chunk);
  });
  // fflate writes no Zip64, so the sheet must stay under 4 GB unzipped: a million rows of twelve
  // short columns make 0.6 GB, and Excel opens no more than 1,048,576 rows anyway.
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml');
  let rowNumber = 1;

  return new ReadableStream({
    start() {
      for (const [name, xml] of Object.entries(PARTS)) {
        const part = new ZipDeflate(name);
        zip.add(part);
        part.push(encoder.encode(xml), true);
      }
      // Added last, so the zip passes its bytes straight through instead of holding them back.
      zip.add(sheet);
      const header = data.columns.map((c, i) => textCell(`${letters[i]}1`, c.header, BOLD)).join('');
      sheet.push(encoder.encode(`${SHEET_START}<row r="1">${header}</row>`));
    },
    pull(controller) {
      // The deflater emits only every 64 kB or so, and a pull that enqueues nothing is not called
      // again while a reader waits: so rows go in until bytes come out or the rows end.
      let next: IteratorResult<ExportValue[][]>;
      do {
        next = data.batches.next();
        if (next.done) {
          sheet.push(encoder.encode(SHEET_END), true);
          zip.end();
        } else {
          const rows = next.value.map((row) => {
            rowNumber += 1;
            return `<row r="${rowNumber}">${row.map((v, i) => cell(`${letters[i]}${rowNumber}`, v, data.columns[i]!.kind)).join('')}</row>`;
          });
          sheet.push(encoder.encode(rows.join('')));
        }
      } while (!output.length && !next.done);
      for (const chunk of output) controller.enqueue(chunk);
      output = [];
      if (next.done) controller.close();
    },
  });
}

/** A, B, … Z, AA, AB, …: the letters of a column index counted from 0. */
function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Null is no cell at all; so is a number that is not finite, which a sheet cannot hold. */
function cell(ref: string, value: ExportValue, kind: Kind): string {
  if (value === null) return '';
  if (kind === 'number') {
    const number = Number(value);
    return Number.isFinite(number) ? `<c r="${ref}"><v>${number}</v></c>` : '';
  }
  if (kind === 'date') {
    const serial = dateSerial(String(value));
    if (serial !== null) return `<c r="${ref}" s="${DATE}"><v>${serial}</v></c>`;
  }
  return textCell(ref, String(value));
}

/**
 * Excel counts days from 1899-12-30 (its 1900 leap-year bug makes that the zero for every date
 * after February 1900, the only ones it shows right). Anything else stays text.
 */
function dateSerial(iso: string): number | null {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN;
  const serial = (time - Date.UTC(1899, 11, 30)) / 86_400_000;
  return serial > 60 ? serial : null;
}

/** An inline string, never a formula, so a text starting with = stays text. */
function textCell(ref: string, text: string, style?: number): string {
  // XML 1.0 cannot hold most control characters, even escaped.
  const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  const escaped = clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const space = /^\s|\s$/.test(clean) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t${space}>${escaped}</t></is></c>`;
}
