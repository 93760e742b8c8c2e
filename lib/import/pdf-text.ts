// Text of a PDF, line by line in reading order, with pdfjs-dist (legacy build: runs on Node 20).
// Lines are rebuilt from the text items: by y from the top of the page, then by x.
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
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - item.y) <= sameLine) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let line = '';
    let end = -Infinity;
    for (const item of row) {
      // A visible gap between two items is a space the PDF did not print as a character.
      if (line && item.x - end > 1 && !/\s$/.test(line) && !/^\s/.test(item.str)) line += ' ';
      line += item.str;
      end = item.x + item.width;
    }
    return line;
  });
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  let document;
  try {
    document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
      .promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') return { ok: false, reason: 'encrypted' };
    return { ok: false, reason: 'unreadable' };
  }
  try {
    const pages: string[] = [];
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
      pages.push(pageLines(items).join('\n'));
    }
    if (textItems === 0) return { ok: false, reason: 'no-text-layer' };
    return { ok: true, text: pages.join('\n\n') };
  } finally {
    await document.destroy();
  }
}
