// A PDF read back for the tests by the app's own reader (lib/import/pdf-text.ts), its lines
// flowed into plain text so tests can look for phrases that wrap.
import { readPdfText } from '@/lib/import/pdf-text';

export interface PdfContent {
  title: string | undefined;
  /** Each page's text, whitespace collapsed. */
  pages: string[];
  /** All pages' text, whitespace collapsed. */
  text: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const read = await readPdfText(bytes);
  if (!read.ok) throw new Error(`The PDF could not be read: ${read.reason}`);
  const pages = read.pages.map(flow);
  return { title: read.title, pages, text: pages.join(' ') };
}

/** Lines joined by spaces, except a word broken at a hyphen at the end of a line ("follow-" + "up" → "follow-up"). */
function flow(lines: string[]): string {
  return lines
    .map((line) => line.trim())
    .filter(Boolean)
    .reduce((text, line) => (text === '' ? line : text.endsWith('-') ? text + line : `${text} ${line}`), '');
}
