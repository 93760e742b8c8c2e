// Reads a PDF back as the import helper will: pdfjs-dist's legacy build (runs on Node 20), the
// text of each page, and the document's title.

export interface PdfContent {
  title: string | undefined;
  pages: string[];
  /** All pages' text, whitespace collapsed. */
  text: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(pageText(content.items));
    }
    const { info } = await document.getMetadata();
    const title = (info as { Title?: string }).Title;
    return { title, pages, text: pages.join(' ') };
  } finally {
    await document.destroy();
  }
}

type TextItem = { str?: string; hasEOL?: boolean } | { type: string };

/**
 * The items of a page joined by spaces, except that a word broken at a hyphen at the end of a
 * line is joined again ("follow-" + "up" → "follow-up"), as the import reads the sources.
 */
function pageText(items: TextItem[]): string {
  let text = '';
  let joinNext = false;
  for (const item of items) {
    const str = 'str' in item ? (item.str ?? '') : '';
    if (str) text += joinNext ? str : ` ${str}`;
    if (str || ('hasEOL' in item && item.hasEOL)) joinNext = 'hasEOL' in item && item.hasEOL === true && text.endsWith('-');
  }
  return text.replace(/\s+/g, ' ').trim();
}
