// Text of a PDF, line by line in reading order, with pdfjs-dist (legacy build: runs on Node 20).
// Lines are rebuilt from the text items in the order the PDF draws them (its reading order: a
// side column comes after the main one, not interleaved with it line by line), a new line
// wherever the baseline moves; items of one line are put in order by x.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfText = { ok: true; text: string } | { ok: false; reason: 'encrypted' | 'no-text-layer' | 'unreadable' };

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
}

/** Items within this many points of each other vertically are on one line. */
const sameLine = 2.5;

function pageLines(items: Item[]): string[] {
  const rows: Item[][] = [];
  for (const item of items) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - item.y) <= sameLine) row.push(item);
    else rows.push([item]);
  }
  // Vertical space wider than the page's line spacing is kept as blank lines: paragraphs are read from it.
  const gaps = rows.slice(1).map((row, i) => rows[i]![0]!.y - row[0]!.y).filter((g) => g > sameLine);
  const spacing = gaps.length ? Math.min(...gaps) : 0;
  // A line starting right of the page's left edge is indented: kept as a leading space, which marks a new text block.
  const left = Math.min(...items.map((item) => item.x));
  return rows.flatMap((row, i) => {
    const gap = i > 0 ? rows[i - 1]![0]!.y - row[0]!.y : 0;
    // A line above the one before it starts another column or block: one blank line.
    const blanks = gap < -sameLine ? 1 : spacing ? Math.max(0, Math.round(gap / spacing) - 1) : 0;
    const indented = Math.min(...row.map((item) => item.x)) > left + 1;
    return [...Array<string>(blanks).fill(''), `${indented ? ' ' : ''}${rowText(row)}`];
  });
}

function rowText(row: Item[]): string {
  let line = '';
  let end = -Infinity;
  for (const item of [...row].sort((a, b) => a.x - b.x)) {
    // A visible gap between two items is a space the PDF did not print as a character.
    if (line && item.x - end > 1 && !/\s$/.test(line) && !/^\s/.test(item.str)) line += ' ';
    line += item.str;
    end = item.x + item.width;
  }
  return line;
}

/** A PDF's text: its title (metadata) and each page's lines, in reading order. */
export type PdfDocumentText =
  | { ok: true; title: string | undefined; pages: string[][] }
  | { ok: false; reason: 'encrypted' | 'no-text-layer' | 'unreadable' };

/** Reads a PDF's text: the one way the app (and its tests) read a PDF. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfDocumentText> {
  let document;
  try {
    document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
      .promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') return { ok: false, reason: 'encrypted' };
    return { ok: false, reason: 'unreadable' };
  }
  try {
    const pages: string[][] = [];
    let textItems = 0;
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.trim() === '') continue;
        items.push({ str: raw.str, x: raw.transform[4] as number, y: raw.transform[5] as number, width: raw.width });
      }
      textItems += items.length;
      pages.push(items.length ? pageLines(items) : []);
    }
    if (textItems === 0) return { ok: false, reason: 'no-text-layer' };
    const { info } = await document.getMetadata();
    return { ok: true, title: (info as { Title?: string }).Title, pages };
  } finally {
    await document.destroy();
  }
}

/** A PDF's text as one string for the report parser: lines kept, pages apart. */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const read = await readPdfText(bytes);
  return read.ok ? { ok: true, text: read.pages.map((lines) => lines.join('\n')).join('\n\n') } : read;
}
